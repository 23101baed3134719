package org.ecoledger.monitoring.directory;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What monitoring knows of enterprises and their permits, learnt from {@code permit-events}. */
@Component
public class PermitDirectory {

    private final JdbcClient jdbc;

    PermitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The region of an enterprise that holds or held a permit; empty if monitoring has not heard of it. */
    public Optional<RegionCode> regionOf(EnterpriseId enterprise) {
        return jdbc.sql("SELECT region FROM permit_directory WHERE enterprise_id = ? ORDER BY updated_at DESC LIMIT 1")
                .param(enterprise.value())
                .query((rs, row) -> RegionCode.of(rs.getString("region")))
                .optional();
    }

    /** Whether any of the enterprise's permits, current or past, states this outlet. */
    public boolean hasOutlet(EnterpriseId enterprise, OutletCode outlet) {
        return jdbc.sql("""
                        SELECT count(*) FROM permit_directory
                        WHERE enterprise_id = ? AND jsonb_path_exists(terms, '$.outlets[*] ? (@.code == $code)', jsonb_build_object('code', ?))""")
                .params(enterprise.value(), outlet.value())
                .query(Long.class)
                .single() > 0;
    }
}
