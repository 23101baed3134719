package org.ecoledger.monitoring.accounting;

import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyDescription.Subtopology;
import org.ecoledger.common.kafka.Topics;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the topology falls into sub-topologies, which decides what each task reads and so what it
 * waits for: a task reads one partition of every topic of its sub-topology, and while one of them
 * has nothing buffered it processes nothing, for up to {@code max.task.idle.ms}.
 */
class AccountingSubTopologiesTest {

    private final TopologyDescription description =
            new EmissionAccountingTopology(AccountingConfig.defaults(), StateStoreKind.IN_MEMORY).build().describe();

    @Test
    void noTaskReadsARepartitionItWritesTo() {
        for (Subtopology subtopology : description.subtopologies()) {
            assertThat(sourceTopics(subtopology)).as("sub-topology %d", subtopology.id())
                    .doesNotContainAnyElementsOf(sinkTopics(subtopology));
        }
    }

    @Test
    void theTasksThatAccountDoNotReadDeviceReadings() {
        Subtopology accounting = subtopologyWith(EmissionAccountingTopology.PROCESSOR);

        assertThat(sourceTopics(accounting)).doesNotContain(Topics.DEVICE_READINGS.name())
                .contains(Topics.PERMIT_EVENTS.name(), EmissionAccountingTopology.READINGS_BY_ENTERPRISE + "-repartition");
    }

    /**
     * A store's changelog and a repartition topic are named after the store or the repartition, and
     * the application ID: renamed, an upgraded instance starts the store empty (the accounting's
     * seen-readings, totals and open flags gone) and leaves what the old repartition held unread.
     * Kafka Streams finds its state by these names, not by task or node numbers, so only they are
     * pinned here.
     */
    @Test
    void theStoresAndRepartitionsKeepTheNamesAnUpgradeFindsItsStateBy() {
        Set<String> stores = description.subtopologies().stream().flatMap(subtopology -> subtopology.nodes().stream())
                .filter(TopologyDescription.Processor.class::isInstance)
                .flatMap(node -> ((TopologyDescription.Processor) node).stores().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> repartitions = description.subtopologies().stream().flatMap(subtopology -> sinkTopics(subtopology).stream())
                .filter(topic -> topic.endsWith("-repartition"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(stores).containsExactly(
                "emission-accounting-allowances",
                "emission-accounting-annual-totals",
                "emission-accounting-clock",
                "emission-accounting-holding-changes-seen",
                "emission-accounting-holding-changes-seen-by-time",
                "emission-accounting-hours",
                "emission-accounting-monthly-totals",
                "emission-accounting-open-flags",
                "emission-accounting-outlets",
                "emission-accounting-permits",
                "emission-accounting-readings-seen",
                "emission-accounting-readings-seen-by-time",
                "emission-accounting-series",
                "emission-accounting-traded-rights",
                "emission-accounts-flag-peaks",
                "emission-accounts-published");
        assertThat(repartitions).containsExactly(
                "emission-accounting-holding-changes-by-enterprise-repartition",
                "emission-accounting-readings-by-enterprise-repartition");
    }

    private Subtopology subtopologyWith(String processor) {
        return description.subtopologies().stream()
                .filter(subtopology -> subtopology.nodes().stream().anyMatch(node -> node.name().equals(processor)))
                .findFirst().orElseThrow();
    }

    private static Set<String> sourceTopics(Subtopology subtopology) {
        return subtopology.nodes().stream()
                .filter(TopologyDescription.Source.class::isInstance)
                .flatMap(node -> ((TopologyDescription.Source) node).topicSet().stream())
                .collect(Collectors.toSet());
    }

    private static Set<String> sinkTopics(Subtopology subtopology) {
        return subtopology.nodes().stream()
                .filter(TopologyDescription.Sink.class::isInstance)
                .map(node -> ((TopologyDescription.Sink) node).topic())
                .collect(Collectors.toSet());
    }
}
