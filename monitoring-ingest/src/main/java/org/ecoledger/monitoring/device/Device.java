package org.ecoledger.monitoring.device;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.command.ChangeDeviceFraming;
import org.ecoledger.common.monitoring.command.DecommissionDevice;
import org.ecoledger.common.monitoring.command.RegisterDevice;
import org.ecoledger.common.monitoring.command.ReinstateDevice;
import org.ecoledger.common.monitoring.command.RotateDeviceSecret;
import org.ecoledger.common.monitoring.command.SuspendDevice;
import org.ecoledger.common.monitoring.event.DeviceDecommissioned;
import org.ecoledger.common.monitoring.event.DeviceFramingChanged;
import org.ecoledger.common.monitoring.event.DeviceRegistered;
import org.ecoledger.common.monitoring.event.DeviceReinstated;
import org.ecoledger.common.monitoring.event.DeviceSecretRotated;
import org.ecoledger.common.monitoring.event.DeviceSuspended;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.RequestRefused;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecoledger.common.value.ActorRole.ADMIN;
import static org.ecoledger.common.value.ActorRole.REVIEWER;

/**
 * A monitoring device (data logger) registered to one outlet of one enterprise. Only the bureau
 * of the enterprise's region manages it; a decommissioned MN is never accepted again.
 */
@Aggregate
class Device {

    @AggregateIdentifier
    private DeviceMn mn;
    private EnterpriseId enterpriseId;
    private RegionCode region;
    private DeviceStatus status;
    private DeviceFraming framing;

    @CommandHandler
    Device(RegisterDevice command) {
        authorize(command.by(), "register a device", command.enterpriseId(), command.region());
        if (command.dataInterval().isNegative() || command.dataInterval().isZero()) {
            throw new IllegalArgumentException("a device's data interval is positive");
        }
        apply(new DeviceRegistered(command.mn(), command.enterpriseId(), command.region(), command.outlet(), command.protocol(),
                command.dataInterval(), command.crcVariant(), command.framing(), command.secret(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(RotateDeviceSecret command) {
        authorize(command.by(), "rotate a device's secret", enterpriseId, region);
        requireNotDecommissioned("rotate the secret of");
        apply(new DeviceSecretRotated(mn, command.secret(), command.by(), command.at()));
    }

    /** Setting the framing the device has already changes nothing, and records nothing. */
    @CommandHandler
    void handle(ChangeDeviceFraming command) {
        authorize(command.by(), "change a device's framing", enterpriseId, region);
        requireNotDecommissioned("change the framing of");
        if (command.framing() != framing) {
            apply(new DeviceFramingChanged(mn, command.framing(), command.reason(), command.by(), command.at()));
        }
    }

    @CommandHandler
    void handle(SuspendDevice command) {
        authorize(command.by(), "suspend a device", enterpriseId, region);
        requireStatus(DeviceStatus.ACTIVE, "suspend");
        apply(new DeviceSuspended(mn, command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(ReinstateDevice command) {
        authorize(command.by(), "reinstate a device", enterpriseId, region);
        requireStatus(DeviceStatus.SUSPENDED, "reinstate");
        apply(new DeviceReinstated(mn, command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(DecommissionDevice command) {
        authorize(command.by(), "decommission a device", enterpriseId, region);
        requireNotDecommissioned("decommission");
        apply(new DeviceDecommissioned(mn, command.reason(), command.by(), command.at()));
    }

    @EventSourcingHandler
    void on(DeviceRegistered event) {
        mn = event.mn();
        enterpriseId = event.enterpriseId();
        region = event.region();
        status = DeviceStatus.ACTIVE;
        framing = event.framing();
    }

    @EventSourcingHandler
    void on(DeviceFramingChanged event) {
        framing = event.framing();
    }

    @EventSourcingHandler
    void on(DeviceSuspended event) {
        status = DeviceStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(DeviceReinstated event) {
        status = DeviceStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(DeviceDecommissioned event) {
        status = DeviceStatus.DECOMMISSIONED;
    }

    private static void authorize(Actor actor, String action, EnterpriseId owner, RegionCode region) {
        Guards.requireRole(actor, action, REVIEWER, ADMIN);
        Guards.requireAccess(actor, owner, region);
    }

    private void requireStatus(DeviceStatus expected, String action) {
        if (status != expected) {
            throw new RequestRefused(action.toUpperCase() + "_DEVICE", "NOT_ALLOWED_IN_CURRENT_STATUS",
                    "cannot " + action + " a device that is " + status.name().toLowerCase());
        }
    }

    private void requireNotDecommissioned(String action) {
        if (status == DeviceStatus.DECOMMISSIONED) {
            throw new RequestRefused(action.toUpperCase().replace(' ', '_') + "_DEVICE", "DEVICE_DECOMMISSIONED",
                    "cannot " + action + " a decommissioned device");
        }
    }

    Device() {
        // Required by Axon to rebuild the device from its events.
    }
}
