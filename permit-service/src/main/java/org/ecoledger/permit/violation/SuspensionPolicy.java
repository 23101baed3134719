package org.ecoledger.permit.violation;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecoledger.common.enforcement.event.ViolationConfirmed;
import org.ecoledger.common.permit.command.SuspendPermit;
import org.ecoledger.permit.enforcement.EnforcementActors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries a confirmed suspension out on the permit, by the permit's own {@code SuspendPermit}, so the
 * permit records it, refuses it if it is not in a state to be suspended, and publishes
 * {@code permit-suspended} for monitoring like any other suspension. Subscribing: it runs in the
 * decision's unit of work, so the decision and the suspension commit together, and a replay never
 * suspends a permit again.
 */
@Component
@ProcessingGroup(SuspensionPolicy.PROCESSING_GROUP)
class SuspensionPolicy {

    static final String PROCESSING_GROUP = "enforcement-policies";
    private static final Logger log = LoggerFactory.getLogger(SuspensionPolicy.class);

    private final CommandGateway commands;

    SuspensionPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ViolationConfirmed decision) {
        if (decision.penalties().suspendedPermit() == null) {
            return;
        }
        String reason = "violation case %s, decision %d by %s: %s".formatted(decision.caseId(), decision.decision(),
                decision.by().subject(), decision.reason());
        Object outcome = commands.sendAndWait(new SuspendPermit(decision.penalties().suspendedPermit(), reason,
                EnforcementActors.ENFORCEMENT_OFFICE, decision.at()));
        log.info("Suspension of permit {} for case {}: {}", decision.penalties().suspendedPermit(), decision.caseId(), outcome);
    }
}
