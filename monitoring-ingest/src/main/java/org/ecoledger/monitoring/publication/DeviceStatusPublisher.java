package org.ecoledger.monitoring.publication;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.ecoledger.common.monitoring.DeviceRegistryStatus;
import org.ecoledger.common.monitoring.event.DeviceDecommissioned;
import org.ecoledger.common.monitoring.event.DeviceRegistered;
import org.ecoledger.common.monitoring.event.DeviceReinstated;
import org.ecoledger.common.monitoring.event.DeviceSuspended;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Publishes the registry's changes on {@code device-status}, reading them from the event store: the
 * store is the outbox. The processor's token moves only once Kafka acknowledged the record, in the
 * same transaction as the publication's row, so a change made while Kafka is down goes out once it
 * is back; a replay finds the row ahead of the event (by the aggregate's sequence number) and sends
 * nothing again.
 */
@Component
@ProcessingGroup(DeviceStatusPublisher.PROCESSING_GROUP)
class DeviceStatusPublisher {

    static final String PROCESSING_GROUP = "device-status-publication";

    private final DeviceStatusRecords records;

    DeviceStatusPublisher(DeviceStatusRecords records) {
        this.records = records;
    }

    @EventHandler
    void on(DeviceRegistered event, @SequenceNumber long sequence) {
        records.registered(event, sequence);
    }

    @EventHandler
    void on(DeviceSuspended event, @SequenceNumber long sequence) {
        records.registryStatusChanged(event.mn(), DeviceRegistryStatus.SUSPENDED, sequence);
    }

    @EventHandler
    void on(DeviceReinstated event, @SequenceNumber long sequence) {
        records.registryStatusChanged(event.mn(), DeviceRegistryStatus.ACTIVE, sequence);
    }

    @EventHandler
    void on(DeviceDecommissioned event, @SequenceNumber long sequence) {
        records.registryStatusChanged(event.mn(), DeviceRegistryStatus.DECOMMISSIONED, sequence);
    }

    /**
     * With Axon's default (log and go on) a change published while Kafka is down would be skipped for
     * good; propagating keeps the token where it is, and the processor retries with back-off.
     */
    @Autowired
    void stopPublicationOnFailure(EventProcessingConfigurer configurer) {
        configurer.registerListenerInvocationErrorHandler(PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
