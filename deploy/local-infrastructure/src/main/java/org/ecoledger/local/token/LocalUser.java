package org.ecoledger.local.token;

import java.util.List;
import java.util.Locale;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

/**
 * Who a local token speaks for. Mirrors the binding rules of {@code Actor}: an enterprise user
 * carries one credit code, reviewers and inspectors one jurisdiction, admins neither. Checking them
 * here means a bad request for a token fails at once instead of as a puzzling 401 or 403 later.
 *
 * @param role lower-case: enterprise, reviewer, inspector, admin or settlement_bank
 * @param enterprise credit code, only for the enterprise role
 * @param jurisdiction 6-digit region code, only for reviewers and inspectors
 */
public record LocalUser(String subject, String role, String enterprise, String jurisdiction) {

    /** The platform's own SYSTEM role is never handed to a person, so it has no local token. */
    public static final List<String> ROLES = List.of("enterprise", "reviewer", "inspector", "admin", "settlement_bank");

    public LocalUser {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a local user needs a subject");
        }
        subject = subject.trim();
        role = role == null ? null : role.trim().toLowerCase(Locale.ROOT);
        if (role == null || !ROLES.contains(role)) {
            throw new IllegalArgumentException("role must be one of " + ROLES + ", not " + role);
        }
        boolean regional = role.equals("reviewer") || role.equals("inspector");
        enterprise = boundOnlyFor(role.equals("enterprise"), "enterprise", role, enterprise);
        jurisdiction = boundOnlyFor(regional, "jurisdiction", role, jurisdiction);
        if (enterprise != null) {
            enterprise = EnterpriseId.of(enterprise).value();
        }
        if (jurisdiction != null) {
            jurisdiction = RegionCode.of(jurisdiction).value();
        }
    }

    public static LocalUser enterprise(String subject, String creditCode) {
        return new LocalUser(subject, "enterprise", creditCode, null);
    }

    public static LocalUser reviewer(String subject, String regionCode) {
        return new LocalUser(subject, "reviewer", null, regionCode);
    }

    public static LocalUser inspector(String subject, String regionCode) {
        return new LocalUser(subject, "inspector", null, regionCode);
    }

    public static LocalUser admin(String subject) {
        return new LocalUser(subject, "admin", null, null);
    }

    /** Blank counts as absent, so a form or JSON body may send "" for a field that does not apply. */
    private static String boundOnlyFor(boolean required, String field, String role, String value) {
        boolean present = value != null && !value.isBlank();
        if (required && !present) {
            throw new IllegalArgumentException("role " + role + " requires " + field);
        }
        if (!required && present) {
            throw new IllegalArgumentException("role " + role + " takes no " + field);
        }
        return present ? value.trim() : null;
    }
}
