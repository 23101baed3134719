package org.ecoledger.common.value;

import java.util.Objects;

/**
 * Who did something, recorded on every command and event. An enterprise user is bound to one
 * credit code; reviewers and inspectors to a jurisdiction; admins and the system to everything.
 * {@code subject} is the identity provider's opaque user ID, never a name.
 */
public record Actor(String subject, ActorRole role, EnterpriseId enterprise, RegionCode jurisdiction) {

    public Actor {
        if (subject == null || subject.isBlank() || role == null) {
            throw new IllegalArgumentException("an actor needs a subject and a role");
        }
        boolean needsEnterprise = role == ActorRole.ENTERPRISE;
        boolean needsJurisdiction = role == ActorRole.REVIEWER || role == ActorRole.INSPECTOR;
        if (needsEnterprise != (enterprise != null) || needsJurisdiction != (jurisdiction != null)) {
            throw new IllegalArgumentException(
                    "an " + role + " actor is bound to " + (needsEnterprise ? "one enterprise" : needsJurisdiction ? "one jurisdiction" : "nothing"));
        }
    }

    public static Actor enterprise(String subject, EnterpriseId enterprise) {
        return new Actor(subject, ActorRole.ENTERPRISE, enterprise, null);
    }

    public static Actor reviewer(String subject, RegionCode jurisdiction) {
        return new Actor(subject, ActorRole.REVIEWER, null, jurisdiction);
    }

    public static Actor inspector(String subject, RegionCode jurisdiction) {
        return new Actor(subject, ActorRole.INSPECTOR, null, jurisdiction);
    }

    public static Actor admin(String subject) {
        return new Actor(subject, ActorRole.ADMIN, null, null);
    }

    public static Actor settlementBank(String subject) {
        return new Actor(subject, ActorRole.SETTLEMENT_BANK, null, null);
    }

    public static Actor system(String component) {
        return new Actor(component, ActorRole.SYSTEM, null, null);
    }

    /**
     * Object-level authorization: may this actor see or act on the data of that enterprise,
     * registered in that region? Role-level rules (who may issue, who may apply) sit with each
     * command; this is only the "whose data" question.
     */
    public boolean mayAccess(EnterpriseId owner, RegionCode region) {
        return switch (role) {
            case ENTERPRISE -> Objects.equals(enterprise, owner);
            case REVIEWER, INSPECTOR -> region != null && jurisdiction.contains(region);
            case ADMIN, SYSTEM -> true;
            // The bank moves money in and out of accounts; it reads nobody's data.
            case SETTLEMENT_BANK -> false;
        };
    }

    public boolean is(ActorRole expected) {
        return role == expected;
    }
}
