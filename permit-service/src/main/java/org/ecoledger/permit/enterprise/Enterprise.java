package org.ecoledger.permit.enterprise;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.enforcement.command.AssignCreditLevel;
import org.ecoledger.common.enforcement.command.LiftBlacklisting;
import org.ecoledger.common.enforcement.event.BlacklistingLiftRefused;
import org.ecoledger.common.enforcement.event.BlacklistingLifted;
import org.ecoledger.common.enforcement.event.CreditLevelAssigned;
import org.ecoledger.common.enforcement.event.EnterpriseBlacklisted;
import org.ecoledger.common.enforcement.event.PermitApplicationBarred;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitRefusalReason;
import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.permit.command.ApplyForPermit;
import org.ecoledger.common.permit.command.RegisterEnterprise;
import org.ecoledger.common.permit.event.EnterpriseRegistered;
import org.ecoledger.common.permit.event.PermitApplicationOpened;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.enforcement.EnforcementOutcome;
import org.ecoledger.permit.lifecycle.Outcome;
import org.ecoledger.permit.lifecycle.PermitApplications;
import org.ecoledger.support.security.Guards;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecoledger.common.value.ActorRole.ADMIN;
import static org.ecoledger.common.value.ActorRole.ENTERPRISE;
import static org.ecoledger.common.value.ActorRole.REVIEWER;
import static org.ecoledger.common.value.ActorRole.SYSTEM;

/**
 * An enterprise registered with the bureau. It numbers its own permit applications, which is why
 * an application starts here: the sequence in a permit number is the enterprise's to keep. It also
 * holds its environmental credit levels and whether it is on the illegal-discharge blacklist, which
 * bars new applications until the bureau lifts it.
 */
@Aggregate
class Enterprise {

    @AggregateIdentifier
    private EnterpriseId enterpriseId;
    private RegionCode region;
    private String industry;
    private int lastPermitSequence;
    private final Map<Integer, CreditLevel> creditLevels = new HashMap<>();
    private boolean blacklisted;

    @CommandHandler
    Enterprise(RegisterEnterprise command) {
        Guards.requireRole(command.by(), "register an enterprise", ENTERPRISE, REVIEWER, ADMIN);
        Guards.requireAccess(command.by(), command.enterpriseId(), command.region());
        apply(new EnterpriseRegistered(command.enterpriseId(), command.name(), command.industry(), command.region(),
                command.responsiblePersonRef(), command.by(), command.at()));
    }

    /** Answers the new permit's number, or a refusal when the enterprise is blacklisted. */
    @CommandHandler
    Object handle(ApplyForPermit command) throws Exception {
        Guards.requireRole(command.by(), "apply for a permit", ENTERPRISE, ADMIN);
        Guards.requireAccess(command.by(), enterpriseId, region);
        if (blacklisted) {
            String detail = "the enterprise is on the illegal-discharge blacklist until the bureau lifts it";
            apply(new PermitApplicationBarred(enterpriseId, region, command.permitId(), detail, command.by(), command.at()));
            return Outcome.refused(PermitTransition.APPLY, PermitRefusalReason.ENTERPRISE_BLACKLISTED, detail);
        }
        PermitNumber number = PermitNumber.of(enterpriseId, lastPermitSequence + 1, command.managementClass());
        apply(new PermitApplicationOpened(enterpriseId, command.permitId(), number, command.by(), command.at()));
        PermitApplications.open(command, number, region, industry);
        return number;
    }

    /** The same level for the same year again changes nothing; a black level blacklists. */
    @CommandHandler
    void handle(AssignCreditLevel command) {
        Guards.requireRole(command.by(), "assign a credit level", SYSTEM, ADMIN);
        CreditLevel previous = creditLevels.get(command.year());
        if (previous == command.level()) {
            return;
        }
        apply(new CreditLevelAssigned(enterpriseId, region, command.year(), command.level(), previous, command.points(), command.basis(),
                command.by(), command.at()));
        if (command.level() == CreditLevel.BLACK && !blacklisted) {
            apply(new EnterpriseBlacklisted(enterpriseId, region, command.year(), "credit level BLACK for " + command.year() + ": "
                    + command.basis(), command.by(), command.at()));
        }
    }

    @CommandHandler
    EnforcementOutcome handle(LiftBlacklisting command) {
        Guards.requireRole(command.by(), "lift a blacklisting", REVIEWER, ADMIN);
        Guards.requireAccess(command.by(), enterpriseId, region);
        if (!blacklisted) {
            String detail = "the enterprise is not on the blacklist";
            apply(new BlacklistingLiftRefused(enterpriseId, region, detail, command.by(), command.at()));
            return new EnforcementOutcome.Refused("LIFT_BLACKLISTING", "NOT_BLACKLISTED", detail);
        }
        apply(new BlacklistingLifted(enterpriseId, region, command.reason(), command.by(), command.at()));
        return EnforcementOutcome.ACCEPTED;
    }

    @EventSourcingHandler
    void on(EnterpriseRegistered event) {
        enterpriseId = event.enterpriseId();
        region = event.region();
        industry = event.industry();
    }

    @EventSourcingHandler
    void on(PermitApplicationOpened event) {
        lastPermitSequence++;
    }

    @EventSourcingHandler
    void on(CreditLevelAssigned event) {
        creditLevels.put(event.year(), event.level());
    }

    @EventSourcingHandler
    void on(EnterpriseBlacklisted event) {
        blacklisted = true;
    }

    @EventSourcingHandler
    void on(BlacklistingLifted event) {
        blacklisted = false;
    }

    Enterprise() {
        // Required by Axon to rebuild the enterprise from its events.
    }
}
