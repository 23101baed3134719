package org.ecoledger.permit.disclosure;

import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.emissions.EmissionFigures;
import org.ecoledger.permit.emissions.MonthlyEmission;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.ecoledger.permit.enforcement.JsonColumns.date;
import static org.ecoledger.permit.enforcement.JsonColumns.instant;

/**
 * What the public may read of enforcement: confirmed violations with their current penalties (no
 * statements, no inspectors), emissions against allowance, and who does not comply. Years are
 * calendar years in China time.
 */
@Component
class EnforcementDisclosure {

    /** A confirmed violation as disclosed. Money in fen, like every amount of the API. */
    record PublicViolation(ViolationCaseId caseId, EnterpriseId enterpriseId, String enterpriseName, RegionCode region, ViolationType type,
                           Severity severity, OutletCode outlet, Pollutant pollutant, Instant onsetAt, Instant decidedAt, String reason,
                           Money fine, Money dailyPenalty, Money accruedDailyPenalty, LocalDate rectificationDeadline,
                           boolean rectificationOverdue, PermitNumber suspendedPermit) {
    }

    /** An enterprise's year so far for one pollutant; allowance and headroom are empty where it has no total. */
    record EmissionLine(Pollutant pollutant, Mass emitted, Mass substituted, Mass allowance, Mass headroom) {
    }

    record NonComplier(EnterpriseId enterpriseId, String enterpriseName, RegionCode region, int confirmedViolations, Money fines,
                       Money accruedDailyPenalties, CreditLevel creditLevel, boolean blacklisted) {
    }

    record RegionEmissionLine(EnterpriseId enterpriseId, String enterpriseName, RegionCode region, EmissionLine line) {
    }

    private static final String VIOLATIONS = """
            SELECT c.case_id, c.enterprise_id, e.name, c.region, c.type, c.severity, c.outlet, c.pollutant, c.onset_at, c.decided_at,
                   c.decision_reason, c.fine_fen, c.daily_penalty_fen, c.accrued_fen, c.rectification_deadline, c.rectification_overdue,
                   p.permit_number AS suspended_permit_number
            FROM violation_case c
            LEFT JOIN enterprise e ON e.enterprise_id = c.enterprise_id
            LEFT JOIN permit p ON p.permit_id = c.suspended_permit
            WHERE c.status = 'CONFIRMED'""";

    private final JdbcClient jdbc;
    private final EmissionFigures figures;

    EnforcementDisclosure(JdbcClient jdbc, EmissionFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    List<PublicViolation> violationsOf(EnterpriseId enterprise) {
        return jdbc.sql(VIOLATIONS + " AND c.enterprise_id = ? ORDER BY c.decided_at DESC, c.case_id")
                .param(enterprise.value())
                .query(violationMapper())
                .list();
    }

    List<PublicViolation> violationsIn(RegionCode region, int year) {
        return jdbc.sql(VIOLATIONS + " AND c.region LIKE ? AND c.decided_at >= ? AND c.decided_at < ? ORDER BY c.enterprise_id, c.decided_at")
                .params(region.prefix() + "%", startOf(year), startOf(year + 1))
                .query(violationMapper())
                .list();
    }

    /** Enterprises of the region with violations confirmed in the year, most violations first. */
    List<NonComplier> nonCompliersIn(RegionCode region, int year) {
        return jdbc.sql("""
                        SELECT c.enterprise_id, e.name, min(c.region) AS region, count(*) AS violations, coalesce(sum(c.fine_fen), 0) AS fines,
                               coalesce(sum(c.accrued_fen), 0) AS accrued, l.level,
                               EXISTS (SELECT 1 FROM blacklist b WHERE b.enterprise_id = c.enterprise_id AND b.lifted_at IS NULL) AS blacklisted
                        FROM violation_case c
                        LEFT JOIN enterprise e ON e.enterprise_id = c.enterprise_id
                        LEFT JOIN credit_level l ON l.enterprise_id = c.enterprise_id AND l.year = ?
                        WHERE c.status = 'CONFIRMED' AND c.region LIKE ? AND c.decided_at >= ? AND c.decided_at < ?
                        GROUP BY c.enterprise_id, e.name, l.level
                        ORDER BY count(*) DESC, c.enterprise_id""")
                .params(year, region.prefix() + "%", startOf(year), startOf(year + 1))
                .query((rs, row) -> new NonComplier(EnterpriseId.of(rs.getString("enterprise_id")), rs.getString("name"),
                        RegionCode.of(rs.getString("region")), rs.getInt("violations"), Money.ofFen(rs.getLong("fines")),
                        Money.ofFen(rs.getLong("accrued")), rs.getString("level") == null ? null : CreditLevel.valueOf(rs.getString("level")),
                        rs.getBoolean("blacklisted")))
                .list();
    }

    /** The enterprise's emissions of the year so far against its allowance, per pollutant. */
    List<EmissionLine> yearToDate(EnterpriseId enterprise, int year) {
        return lines(figures.months(enterprise, YearMonth.of(year, 1), YearMonth.of(year, 12)));
    }

    List<RegionEmissionLine> emissionsIn(RegionCode region, int year) {
        List<RegionEmissionLine> rows = new ArrayList<>();
        List<Object[]> enterprises = jdbc.sql("""
                        SELECT DISTINCT m.enterprise_id, e.name, e.region FROM emission_month m JOIN enterprise e ON e.enterprise_id = m.enterprise_id
                        WHERE e.region LIKE ? AND m.year = ? ORDER BY m.enterprise_id""")
                .params(region.prefix() + "%", year)
                .query((rs, row) -> new Object[]{rs.getString("enterprise_id"), rs.getString("name"), rs.getString("region")})
                .list();
        for (Object[] e : enterprises) {
            EnterpriseId id = EnterpriseId.of((String) e[0]);
            yearToDate(id, year).forEach(line -> rows.add(new RegionEmissionLine(id, (String) e[1], RegionCode.of((String) e[2]), line)));
        }
        return rows;
    }

    /** Months are summed; the allowance is the year's, as the latest month stated it. */
    private static List<EmissionLine> lines(List<MonthlyEmission> months) {
        Map<Pollutant, Mass> emitted = new EnumMap<>(Pollutant.class);
        Map<Pollutant, Mass> substituted = new EnumMap<>(Pollutant.class);
        Map<Pollutant, Mass> allowance = new EnumMap<>(Pollutant.class);
        for (MonthlyEmission month : months) {
            emitted.merge(month.pollutant(), month.emitted(), Mass::plus);
            substituted.merge(month.pollutant(), month.substituted(), Mass::plus);
            if (month.allowance() != null) {
                allowance.put(month.pollutant(), month.allowance());
            } else {
                allowance.remove(month.pollutant());
            }
        }
        return emitted.entrySet().stream().map(e -> {
            Mass allowed = allowance.get(e.getKey());
            return new EmissionLine(e.getKey(), e.getValue(), substituted.get(e.getKey()), allowed,
                    allowed == null ? null : allowed.minus(e.getValue()));
        }).toList();
    }

    private static RowMapper<PublicViolation> violationMapper() {
        return (rs, row) -> {
            String outlet = rs.getString("outlet");
            String pollutant = rs.getString("pollutant");
            String suspended = rs.getString("suspended_permit_number");
            return new PublicViolation(ViolationCaseId.of(rs.getString("case_id")), EnterpriseId.of(rs.getString("enterprise_id")),
                    rs.getString("name"), RegionCode.of(rs.getString("region")), ViolationType.valueOf(rs.getString("type")),
                    Severity.valueOf(rs.getString("severity")), outlet == null ? null : OutletCode.of(outlet),
                    pollutant == null ? null : Pollutant.valueOf(pollutant), instant(rs.getTimestamp("onset_at")),
                    instant(rs.getTimestamp("decided_at")), rs.getString("decision_reason"), money(rs.getObject("fine_fen")),
                    money(rs.getObject("daily_penalty_fen")), Money.ofFen(rs.getLong("accrued_fen")), date(rs.getDate("rectification_deadline")),
                    rs.getBoolean("rectification_overdue"), suspended == null ? null : PermitNumber.of(suspended));
        };
    }

    private static Money money(Object fen) {
        return fen == null ? null : Money.ofFen(((Number) fen).longValue());
    }

    private static Timestamp startOf(int year) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay().toInstant(Validity.CHINA));
    }
}
