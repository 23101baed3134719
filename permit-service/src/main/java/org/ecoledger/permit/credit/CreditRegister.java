package org.ecoledger.permit.credit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.ecoledger.common.enforcement.event.BlacklistingLifted;
import org.ecoledger.common.enforcement.event.CreditLevelAssigned;
import org.ecoledger.common.enforcement.event.EnterpriseBlacklisted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.ecoledger.permit.enforcement.JsonColumns.timestamp;

/** Keeps credit levels and the blacklist for reading and disclosure; part of the enforcement register. */
@Component
@ProcessingGroup("enforcement-register")
class CreditRegister {

    private final JdbcClient jdbc;

    CreditRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CreditLevelAssigned e) {
        jdbc.sql("""
                        INSERT INTO credit_level (enterprise_id, year, region, level, points, basis, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (enterprise_id, year) DO UPDATE SET level = EXCLUDED.level, points = EXCLUDED.points,
                            basis = EXCLUDED.basis, region = EXCLUDED.region, assigned_at = EXCLUDED.assigned_at""")
                .params(e.enterpriseId().value(), e.year(), e.region().value(), e.level().name(), e.points(), e.basis(), timestamp(e.at()))
                .update();
    }

    @EventHandler
    void on(EnterpriseBlacklisted e) {
        jdbc.sql("""
                        INSERT INTO blacklist (enterprise_id, region, listed_at, reason) VALUES (?, ?, ?, ?)
                        ON CONFLICT (enterprise_id) DO UPDATE SET region = EXCLUDED.region, listed_at = EXCLUDED.listed_at,
                            reason = EXCLUDED.reason, lifted_at = NULL, lift_reason = NULL""")
                .params(e.enterpriseId().value(), e.region().value(), timestamp(e.at()), e.reason())
                .update();
    }

    @EventHandler
    void on(BlacklistingLifted e) {
        jdbc.sql("UPDATE blacklist SET lifted_at = ?, lift_reason = ? WHERE enterprise_id = ?")
                .params(timestamp(e.at()), e.reason(), e.enterpriseId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE credit_level, blacklist").update();
    }
}
