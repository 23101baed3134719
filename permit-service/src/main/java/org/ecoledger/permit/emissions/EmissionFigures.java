package org.ecoledger.permit.emissions;

import com.fasterxml.jackson.core.type.TypeReference;
import org.ecoledger.common.monitoring.EvidenceHour;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.permit.enforcement.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What monitoring-ingest counted, as far as this service has read it from {@code emission-accounts}:
 * monthly totals (for year-to-date disclosure and execution reports) and open flags' evidence.
 */
@Component
public class EmissionFigures {

    private static final TypeReference<List<EvidenceHour>> HOURS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonColumns json;

    EmissionFigures(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The enterprise's months from {@code from} to {@code to}, both inclusive, by month and pollutant. */
    public List<MonthlyEmission> months(EnterpriseId enterprise, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        SELECT year, month, pollutant, emitted_grams, substituted_grams, allowance_grams FROM emission_month
                        WHERE enterprise_id = ? AND (year * 12 + month) BETWEEN ? AND ?
                        ORDER BY year, month, pollutant""")
                .params(enterprise.value(), index(from), index(to))
                .query((rs, row) -> new MonthlyEmission(YearMonth.of(rs.getInt("year"), rs.getInt("month")),
                        Pollutant.valueOf(rs.getString("pollutant")), Mass.ofGrams(rs.getLong("emitted_grams")),
                        Mass.ofGrams(rs.getLong("substituted_grams")),
                        rs.getObject("allowance_grams") == null ? null : Mass.ofGrams(rs.getLong("allowance_grams"))))
                .list();
    }

    /**
     * Serialises, until the calling transaction ends, the two ways a flag reaches its case: the flag
     * opening it ({@code violation-flags}) and its progress ({@code emission-accounts}) come through
     * different consumers, and without this each could miss the other's uncommitted row and the
     * progress would never reach the case.
     */
    public void lockFlag(String flagId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(flagId).query((rs, row) -> 1).list();
    }

    public Optional<FlagEvidence> evidenceOf(String flagId) {
        return jdbc.sql("SELECT flag_id, duration_hours, peak, exceeded_grams, hours, as_of FROM flag_evidence WHERE flag_id = ?")
                .param(flagId)
                .query((rs, row) -> new FlagEvidence(rs.getString("flag_id"), rs.getLong("duration_hours"), rs.getBigDecimal("peak"),
                        rs.getObject("exceeded_grams") == null ? null : Mass.ofGrams(rs.getLong("exceeded_grams")),
                        json.read(rs.getString("hours"), HOURS), JsonColumns.instant(rs.getTimestamp("as_of"))))
                .optional();
    }

    private static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue();
    }
}
