package org.ecoledger.permit.enterprise;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.command.ApplyForPermit;
import org.ecoledger.common.permit.command.RegisterEnterprise;
import org.ecoledger.common.permit.event.EnterpriseRegistered;
import org.ecoledger.common.permit.event.PermitApplicationOpened;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.lifecycle.PermitApplications;
import org.ecoledger.support.security.Guards;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecoledger.common.value.ActorRole.ADMIN;
import static org.ecoledger.common.value.ActorRole.ENTERPRISE;
import static org.ecoledger.common.value.ActorRole.REVIEWER;

/**
 * An enterprise registered with the bureau. It numbers its own permit applications, which is why
 * an application starts here: the sequence in a permit number is the enterprise's to keep.
 */
@Aggregate
class Enterprise {

    @AggregateIdentifier
    private EnterpriseId enterpriseId;
    private RegionCode region;
    private String industry;
    private int lastPermitSequence;

    @CommandHandler
    Enterprise(RegisterEnterprise command) {
        Guards.requireRole(command.by(), "register an enterprise", ENTERPRISE, REVIEWER, ADMIN);
        Guards.requireAccess(command.by(), command.enterpriseId(), command.region());
        apply(new EnterpriseRegistered(command.enterpriseId(), command.name(), command.industry(), command.region(),
                command.responsiblePersonRef(), command.by(), command.at()));
    }

    @CommandHandler
    PermitNumber handle(ApplyForPermit command) throws Exception {
        Guards.requireRole(command.by(), "apply for a permit", ENTERPRISE, ADMIN);
        Guards.requireAccess(command.by(), enterpriseId, region);
        PermitNumber number = PermitNumber.of(enterpriseId, lastPermitSequence + 1, command.managementClass());
        apply(new PermitApplicationOpened(enterpriseId, command.permitId(), number, command.by(), command.at()));
        PermitApplications.open(command, number, region, industry);
        return number;
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

    Enterprise() {
        // Required by Axon to rebuild the enterprise from its events.
    }
}
