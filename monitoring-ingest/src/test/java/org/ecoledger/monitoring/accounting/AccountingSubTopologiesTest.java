package org.ecoledger.monitoring.accounting;

import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyDescription.Subtopology;
import org.ecoledger.common.kafka.Topics;
import org.junit.jupiter.api.Test;

import java.util.Set;
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
