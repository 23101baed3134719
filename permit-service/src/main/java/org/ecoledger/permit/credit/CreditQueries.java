package org.ecoledger.permit.credit;

import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.ecoledger.permit.enforcement.JsonColumns.instant;

/** Credit levels and the blacklist as {@link CreditRegister} keeps them. */
@Component
public class CreditQueries {

    public record YearLevel(int year, CreditLevel level, int points, String basis, Instant assignedAt) {
    }

    /** A blacklisting, current when {@code liftedAt} is empty. {@code enterpriseName} is empty for one not registered here. */
    public record Blacklisting(EnterpriseId enterpriseId, String enterpriseName, RegionCode region, Instant listedAt, String reason,
                               Instant liftedAt, String liftReason) {
    }

    private final JdbcClient jdbc;

    CreditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest year first. */
    public List<YearLevel> levelsOf(EnterpriseId enterprise) {
        return jdbc.sql("SELECT year, level, points, basis, assigned_at FROM credit_level WHERE enterprise_id = ? ORDER BY year DESC")
                .param(enterprise.value())
                .query((rs, row) -> new YearLevel(rs.getInt("year"), CreditLevel.valueOf(rs.getString("level")), rs.getInt("points"),
                        rs.getString("basis"), instant(rs.getTimestamp("assigned_at"))))
                .list();
    }

    public Optional<Blacklisting> blacklistingOf(EnterpriseId enterprise) {
        return jdbc.sql(BLACKLIST + " WHERE b.enterprise_id = ?")
                .param(enterprise.value())
                .query((rs, row) -> blacklisting(rs))
                .optional();
    }

    /** Enterprises on the blacklist now, in a region. */
    public List<Blacklisting> blacklistIn(RegionCode region) {
        return jdbc.sql(BLACKLIST + " WHERE b.region LIKE ? AND b.lifted_at IS NULL ORDER BY b.listed_at, b.enterprise_id")
                .param(region.prefix() + "%")
                .query((rs, row) -> blacklisting(rs))
                .list();
    }

    /** Every enterprise's level for a year in a region, with its name. */
    public List<RegionLevel> levelsIn(RegionCode region, int year) {
        return jdbc.sql("""
                        SELECT c.enterprise_id, e.name, c.region, c.level, c.points FROM credit_level c
                        LEFT JOIN enterprise e ON e.enterprise_id = c.enterprise_id
                        WHERE c.region LIKE ? AND c.year = ? ORDER BY c.enterprise_id""")
                .params(region.prefix() + "%", year)
                .query((rs, row) -> new RegionLevel(EnterpriseId.of(rs.getString("enterprise_id")), rs.getString("name"),
                        RegionCode.of(rs.getString("region")), CreditLevel.valueOf(rs.getString("level")), rs.getInt("points")))
                .list();
    }

    public record RegionLevel(EnterpriseId enterpriseId, String enterpriseName, RegionCode region, CreditLevel level, int points) {
    }

    private static final String BLACKLIST = """
            SELECT b.enterprise_id, e.name, b.region, b.listed_at, b.reason, b.lifted_at, b.lift_reason FROM blacklist b
            LEFT JOIN enterprise e ON e.enterprise_id = b.enterprise_id""";

    private static Blacklisting blacklisting(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Blacklisting(EnterpriseId.of(rs.getString("enterprise_id")), rs.getString("name"), RegionCode.of(rs.getString("region")),
                instant(rs.getTimestamp("listed_at")), rs.getString("reason"), instant(rs.getTimestamp("lifted_at")),
                rs.getString("lift_reason"));
    }
}
