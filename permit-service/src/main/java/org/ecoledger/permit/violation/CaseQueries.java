package org.ecoledger.permit.violation;

import com.fasterxml.jackson.core.type.TypeReference;
import org.axonframework.queryhandling.QueryHandler;
import org.ecoledger.common.enforcement.CaseStatus;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.enforcement.query.CaseEvidence;
import org.ecoledger.common.enforcement.query.CaseHistoryEntry;
import org.ecoledger.common.enforcement.query.FindViolationCase;
import org.ecoledger.common.enforcement.query.FindViolationCases;
import org.ecoledger.common.enforcement.query.ViolationCaseDetails;
import org.ecoledger.common.enforcement.query.ViolationCasePage;
import org.ecoledger.common.enforcement.query.ViolationCaseSummary;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.enforcement.JsonColumns;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.ecoledger.permit.enforcement.JsonColumns.date;
import static org.ecoledger.permit.enforcement.JsonColumns.instant;

/** Answers the case queries from the tables {@link CaseRegister} keeps, and gives the sweeps their work lists. */
@Component
public class CaseQueries {

    private static final String FROM = " FROM violation_case c LEFT JOIN enterprise e ON e.enterprise_id = c.enterprise_id";
    /** Gravest first, then oldest. */
    private static final String QUEUE_ORDER =
            " ORDER BY CASE c.severity WHEN 'SERIOUS' THEN 0 WHEN 'MODERATE' THEN 1 ELSE 2 END, c.opened_at, c.case_id";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final CaseEvidenceAssembler evidence;

    CaseQueries(JdbcClient jdbc, JsonColumns json, CaseEvidenceAssembler evidence) {
        this.jdbc = jdbc;
        this.json = json;
        this.evidence = evidence;
    }

    @QueryHandler
    public ViolationCasePage handle(FindViolationCases query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.jurisdiction() != null) {
            conditions.add("c.region LIKE ?");
            params.add(query.jurisdiction().prefix() + "%");
        }
        if (query.status() != null) {
            conditions.add("c.status = ?");
            params.add(query.status().name());
        }
        if (query.severity() != null) {
            conditions.add("c.severity = ?");
            params.add(query.severity().name());
        }
        if (query.enterpriseId() != null) {
            conditions.add("c.enterprise_id = ?");
            params.add(query.enterpriseId().value());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(query.page().size());
        paged.add(query.page().offset());
        List<ViolationCaseSummary> items = jdbc.sql("SELECT c.*, e.name AS enterprise_name" + FROM + where + QUEUE_ORDER + " LIMIT ? OFFSET ?")
                .params(paged)
                .query((rs, row) -> summary(rs))
                .list();
        return new ViolationCasePage(items, query.page().number(), query.page().size(), total);
    }

    @QueryHandler
    public Optional<ViolationCaseDetails> handle(FindViolationCase query) {
        UUID id = UUID.fromString(query.caseId().value());
        return jdbc.sql("SELECT c.*, e.name AS enterprise_name" + FROM + " WHERE c.case_id = ?")
                .param(id)
                .query(detailsMapper(id))
                .optional();
    }

    /** Confirmed cases whose daily penalty may owe a day by {@code today} (China time). */
    List<ViolationCaseId> accruingBefore(LocalDate today, int limit) {
        return jdbc.sql("""
                        SELECT case_id FROM violation_case
                        WHERE status = 'CONFIRMED' AND daily_penalty_fen IS NOT NULL AND violation_ended_on IS NULL AND accrued_through < ?
                        ORDER BY accrued_through LIMIT ?""")
                .params(today.minusDays(1), limit)
                .query((rs, row) -> ViolationCaseId.of(rs.getString("case_id")))
                .list();
    }

    /** Confirmed cases whose rectification deadline passed before {@code today} without the end being shown in time. */
    List<ViolationCaseId> rectificationOverdueBy(LocalDate today, int limit) {
        return jdbc.sql("""
                        SELECT case_id FROM violation_case
                        WHERE status = 'CONFIRMED' AND rectification_deadline < ? AND NOT rectification_overdue
                          AND (violation_ended_on IS NULL OR violation_ended_on > rectification_deadline)
                        ORDER BY rectification_deadline LIMIT ?""")
                .params(today, limit)
                .query((rs, row) -> ViolationCaseId.of(rs.getString("case_id")))
                .list();
    }

    private RowMapper<ViolationCaseDetails> detailsMapper(UUID id) {
        return (rs, row) -> {
            ViolationCaseSummary summary = summary(rs);
            String flagId = rs.getString("flag_id");
            String reportId = rs.getString("report_id");
            CaseEvidence caseEvidence = evidence.assemble(summary, flagId);
            return new ViolationCaseDetails(summary, flagId, reportId == null ? null : ExecutionReportId.of(reportId),
                    rs.getBigDecimal("observed"), rs.getBigDecimal("limit_value"), rs.getString("detail"), rs.getLong("duration_hours"),
                    rs.getBigDecimal("peak"), grams(rs, "exceeded_grams"), instant(rs.getTimestamp("flag_cleared_at")), rs.getInt("decision"),
                    json.read(rs.getString("penalties"), Penalties.class), instant(rs.getTimestamp("decided_at")),
                    Money.ofFen(rs.getLong("accrued_fen")), date(rs.getDate("accrued_through")), date(rs.getDate("violation_ended_on")),
                    rs.getBoolean("rectification_overdue"), history(id), caseEvidence);
        };
    }

    private List<CaseHistoryEntry> history(UUID caseId) {
        return jdbc.sql("""
                        SELECT step, decision, superseded_by, refused, actor_subject, actor_role, at, text, penalties, evidence
                        FROM violation_case_history WHERE case_id = ? ORDER BY sequence_number""")
                .param(caseId)
                .query((rs, row) -> new CaseHistoryEntry(rs.getString("step"), (Integer) rs.getObject("decision"),
                        (Integer) rs.getObject("superseded_by"), rs.getBoolean("refused"), rs.getString("actor_subject"),
                        ActorRole.valueOf(rs.getString("actor_role")), instant(rs.getTimestamp("at")), rs.getString("text"),
                        json.read(rs.getString("penalties"), Penalties.class), json.read(rs.getString("evidence"), STRINGS)))
                .list();
    }

    static ViolationCaseSummary summary(ResultSet rs) throws SQLException {
        String outlet = rs.getString("outlet");
        String pollutant = rs.getString("pollutant");
        return new ViolationCaseSummary(ViolationCaseId.of(rs.getString("case_id")), ViolationType.valueOf(rs.getString("type")),
                Severity.valueOf(rs.getString("severity")), CaseStatus.valueOf(rs.getString("status")),
                EnterpriseId.of(rs.getString("enterprise_id")), rs.getString("enterprise_name"), RegionCode.of(rs.getString("region")),
                outlet == null ? null : OutletCode.of(outlet), pollutant == null ? null : Pollutant.valueOf(pollutant),
                instant(rs.getTimestamp("onset_at")), instant(rs.getTimestamp("opened_at")), rs.getString("assignee"),
                rs.getTimestamp("flag_cleared_at") != null, instant(rs.getTimestamp("last_changed_at")));
    }

    private static Mass grams(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Mass.ofGrams(value);
    }
}
