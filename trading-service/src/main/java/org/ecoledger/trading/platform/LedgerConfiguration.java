package org.ecoledger.trading.platform;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    /**
     * A ledger stays in memory between commands: loading it is then free, and one writer per area
     * is what lets the order gateway batch. The weak references let the JVM drop an idle area.
     */
    @Bean
    Cache ledgerCache() {
        return new WeakReferenceCache();
    }

    /** A long-lived ledger is loaded from its latest snapshot, never replayed from its first event. */
    @Bean
    SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter, TradingServiceProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotEvery());
    }
}
