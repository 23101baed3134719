package org.ecoledger.permit.register;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.QueryHandler;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.permit.VoluntaryCommitment;
import org.ecoledger.common.permit.query.EnterpriseSummary;
import org.ecoledger.common.permit.query.FindEnterprise;
import org.ecoledger.common.permit.query.FindPermit;
import org.ecoledger.common.permit.query.FindPermitRegister;
import org.ecoledger.common.permit.query.FindPermitsOfEnterprise;
import org.ecoledger.common.permit.query.FindPublicPermits;
import org.ecoledger.common.permit.query.PageRequest;
import org.ecoledger.common.permit.query.PermitDetails;
import org.ecoledger.common.permit.query.PermitHistoryEntry;
import org.ecoledger.common.permit.query.PermitPage;
import org.ecoledger.common.permit.query.PermitSummary;
import org.ecoledger.common.permit.query.PublicPermit;
import org.ecoledger.common.permit.query.PublicPermitPage;
import org.ecoledger.common.permit.query.TermsVersion;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Answers the register's queries from the tables {@link PermitRegisterProjection} keeps. */
@Component
public class PermitRegisterQueries {

    private static final String SUMMARY_COLUMNS = """
            p.permit_id, p.permit_number, p.enterprise_id, e.name AS enterprise_name, p.region, p.management_class, p.status,
            p.valid_from, p.valid_until, p.version, p.last_changed_at, p.industry, p.terms, p.voluntary_commitments, p.renewal_requested
            FROM permit p JOIN enterprise e ON e.enterprise_id = p.enterprise_id""";
    /** What the public sees: permits that were issued, whatever happened to them since. */
    private static final List<String> DISCLOSED_STATUSES = List.of(
            PermitStatus.ISSUED.name(), PermitStatus.SUSPENDED.name(), PermitStatus.REVOKED.name(),
            PermitStatus.CANCELLED.name(), PermitStatus.EXPIRED.name());

    private static final TypeReference<List<VoluntaryCommitment>> VOLUNTARY_COMMITMENTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PermitRegisterQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    public Optional<EnterpriseSummary> handle(FindEnterprise query) {
        return jdbc.sql("SELECT enterprise_id, name, industry, region, registered_at FROM enterprise WHERE enterprise_id = ?")
                .param(query.enterpriseId().value())
                .query((rs, row) -> new EnterpriseSummary(EnterpriseId.of(rs.getString("enterprise_id")), rs.getString("name"),
                        rs.getString("industry"), RegionCode.of(rs.getString("region")), instant(rs, "registered_at")))
                .optional();
    }

    @QueryHandler
    public Optional<PermitDetails> handle(FindPermit query) {
        UUID id = UUID.fromString(query.permitId().value());
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " WHERE p.permit_id = ?")
                .param(id)
                .query((rs, row) -> new PermitDetails(summary(rs), read(rs.getString("terms"), PermitTerms.class),
                        read(rs.getString("voluntary_commitments"), VOLUNTARY_COMMITMENTS),
                        rs.getBoolean("renewal_requested"), versions(id), history(id)))
                .optional();
    }

    @QueryHandler
    public List<PermitSummary> handle(FindPermitsOfEnterprise query) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " WHERE p.enterprise_id = ? ORDER BY p.applied_at DESC")
                .param(query.enterpriseId().value())
                .query(summaryMapper())
                .list();
    }

    @QueryHandler
    public PermitPage handle(FindPermitRegister query) {
        var where = new Where();
        if (query.jurisdiction() != null) {
            where.and("p.region LIKE ?", query.jurisdiction().prefix() + "%");
        }
        if (query.status() != null) {
            where.and("p.status = ?", query.status().name());
        }
        if (query.managementClass() != null) {
            where.and("p.management_class = ?", query.managementClass().name());
        }
        if (query.pollutant() != null) {
            where.and("EXISTS (SELECT 1 FROM permit_annual_total t WHERE t.permit_id = p.permit_id AND t.pollutant = ?)",
                    query.pollutant().name());
        }
        if (query.validUntilFrom() != null) {
            where.and("p.valid_until >= ?", query.validUntilFrom());
        }
        if (query.validUntilTo() != null) {
            where.and("p.valid_until <= ?", query.validUntilTo());
        }
        var page = query.page();
        return new PermitPage(rows(where, "p.valid_until NULLS LAST, p.permit_number", page, summaryMapper()), page.number(), page.size(),
                count(where));
    }

    @QueryHandler
    public PublicPermitPage handle(FindPublicPermits query) {
        var where = new Where();
        where.andDisclosedOnly();
        if (query.region() != null) {
            where.and("p.region LIKE ?", query.region().prefix() + "%");
        }
        if (query.enterpriseName() != null && !query.enterpriseName().isBlank()) {
            where.and("e.name ILIKE ?", "%" + query.enterpriseName().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.pollutant() != null) {
            where.and("EXISTS (SELECT 1 FROM permit_annual_total t WHERE t.permit_id = p.permit_id AND t.pollutant = ?)",
                    query.pollutant().name());
        }
        var page = query.page();
        return new PublicPermitPage(rows(where, "p.permit_number", page, publicPermitMapper()), page.number(), page.size(), count(where));
    }

    /** One disclosed permit by its number; empty for an application the public may not see yet. */
    public Optional<PublicPermit> publicPermit(PermitNumber number) {
        var where = new Where();
        where.and("p.permit_number = ?", number.value());
        where.andDisclosedOnly();
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + where.sql()).params(where.params).query(publicPermitMapper()).optional();
    }

    /** Permits in force whose validity has ended by {@code asOf}: the expiry scheduler's work list. */
    public List<PermitId> dueForExpiry(Instant asOf, int limit) {
        return jdbc.sql("""
                        SELECT permit_id FROM permit
                        WHERE status IN ('ISSUED', 'SUSPENDED') AND expires_at <= ?
                        ORDER BY expires_at LIMIT ?""")
                .params(Timestamp.from(asOf), limit)
                .query((rs, row) -> PermitId.of(rs.getString("permit_id")))
                .list();
    }

    private long count(Where where) {
        return jdbc.sql("SELECT count(*) FROM permit p JOIN enterprise e ON e.enterprise_id = p.enterprise_id" + where.sql())
                .params(where.params)
                .query(Long.class)
                .single();
    }

    private <T> List<T> rows(Where where, String orderBy, PageRequest page, RowMapper<T> mapper) {
        List<Object> params = new ArrayList<>(where.params);
        params.add(page.size());
        params.add(page.offset());
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + where.sql() + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?")
                .params(params)
                .query(mapper)
                .list();
    }

    private List<TermsVersion> versions(UUID permitId) {
        return jdbc.sql("SELECT version, terms, effective_at, reason FROM permit_terms_version WHERE permit_id = ? ORDER BY version")
                .param(permitId)
                .query((rs, row) -> new TermsVersion(rs.getInt("version"), read(rs.getString("terms"), PermitTerms.class),
                        instant(rs, "effective_at"), rs.getString("reason")))
                .list();
    }

    private List<PermitHistoryEntry> history(UUID permitId) {
        return jdbc.sql("""
                        SELECT transition, refused, actor_subject, actor_role, at, reason FROM permit_history
                        WHERE permit_id = ? ORDER BY at, sequence_number, event_id""")
                .param(permitId)
                .query((rs, row) -> new PermitHistoryEntry(PermitTransition.valueOf(rs.getString("transition")), rs.getBoolean("refused"),
                        rs.getString("actor_subject"), ActorRole.valueOf(rs.getString("actor_role")), instant(rs, "at"),
                        rs.getString("reason")))
                .list();
    }

    private RowMapper<PublicPermit> publicPermitMapper() {
        return (rs, row) -> new PublicPermit(PermitNumber.of(rs.getString("permit_number")), rs.getString("enterprise_name"),
                rs.getString("industry"), RegionCode.of(rs.getString("region")), ManagementClass.valueOf(rs.getString("management_class")),
                PermitStatus.valueOf(rs.getString("status")), date(rs, "valid_from"), date(rs, "valid_until"),
                read(rs.getString("terms"), PermitTerms.class));
    }

    private static RowMapper<PermitSummary> summaryMapper() {
        return (rs, row) -> summary(rs);
    }

    private static PermitSummary summary(ResultSet rs) throws SQLException {
        return new PermitSummary(PermitId.of(rs.getString("permit_id")), PermitNumber.of(rs.getString("permit_number")),
                EnterpriseId.of(rs.getString("enterprise_id")), rs.getString("enterprise_name"), RegionCode.of(rs.getString("region")),
                ManagementClass.valueOf(rs.getString("management_class")), PermitStatus.valueOf(rs.getString("status")),
                date(rs, "valid_from"), date(rs, "valid_until"), rs.getInt("version"), instant(rs, "last_changed_at"));
    }

    private <T> T read(String value, Class<T> type) {
        return read(value, json.getTypeFactory().constructType(type));
    }

    private <T> T read(String value, TypeReference<T> type) {
        return read(value, json.getTypeFactory().constructType(type));
    }

    private <T> T read(String value, JavaType type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type + " in the register", e);
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    /** A WHERE clause built from optional criteria, with its positional parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
        }

        void andDisclosedOnly() {
            and("p.status IN (" + String.join(", ", DISCLOSED_STATUSES.stream().map(s -> "?").toList()) + ")", DISCLOSED_STATUSES.toArray());
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }
}
