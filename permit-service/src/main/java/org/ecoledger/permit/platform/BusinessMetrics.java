package org.ecoledger.permit.platform;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.ecoledger.common.permit.ManagementClass;
import org.axonframework.eventhandling.EventHandler;
import org.ecoledger.common.permit.event.PermitApplied;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitTransitionRefused;
import org.springframework.stereotype.Component;

/**
 * Business counters. Subscribing, so they count what happens in this process and not the
 * history a replay walks through. Tags are bounded: class, transition and reason, never an
 * enterprise or a permit.
 */
@Component
@ProcessingGroup("permit-metrics")
class BusinessMetrics {

    private static final String APPLICATIONS = "ecoledger.permit.applications";
    private static final String ISSUED = "ecoledger.permit.issued";
    private static final String CLASS = "class";

    private final MeterRegistry meters;

    BusinessMetrics(MeterRegistry meters) {
        this.meters = meters;
        // Registered up front so that a dashboard sees zero rather than no series at all.
        for (ManagementClass managementClass : ManagementClass.values()) {
            meters.counter(APPLICATIONS, CLASS, managementClass.name());
            meters.counter(ISSUED, CLASS, managementClass.name());
        }
    }

    @EventHandler
    void on(PermitApplied event) {
        meters.counter(APPLICATIONS, CLASS, event.managementClass().name()).increment();
    }

    @EventHandler
    void on(PermitIssued event) {
        meters.counter(ISSUED, CLASS, event.managementClass().name()).increment();
    }

    @EventHandler
    void on(PermitTransitionRefused event) {
        meters.counter("ecoledger.permit.refusals", "transition", event.transition().name(), "reason", event.reason().name()).increment();
    }
}
