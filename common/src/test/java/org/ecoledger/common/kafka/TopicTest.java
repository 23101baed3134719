package org.ecoledger.common.kafka;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicTest {

    private static final List<Topic> PUBLISHED = List.of(Topics.PERMIT_EVENTS, Topics.DEVICE_READINGS, Topics.DEVICE_STATUS,
            Topics.VIOLATION_FLAGS, Topics.EMISSION_ACCOUNTS, Topics.ENFORCEMENT_EVENTS, Topics.TRADING_EVENTS);

    @Test
    void everyEventTypeIsSentUnderTheWireNameItIsReadBy() {
        for (Topic topic : PUBLISHED) {
            assertThat(topic.eventTypes()).isNotEmpty();
            topic.eventTypes().forEach((wireName, type) -> {
                assertThat(topic.wireNameOf(type)).isEqualTo(wireName);
                assertThat(topic.eventTypeOf(wireName)).contains(type);
            });
        }
    }

    @Test
    void aClassATopicDoesNotCarryHasNoWireNameOnIt() {
        assertThatThrownBy(() -> Topics.TRADING_EVENTS.wireNameOf(String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trading-events");
    }

    @Test
    void aTopicCannotGiveOneClassTwoWireNames() {
        assertThatThrownBy(() -> new Topic("twice", 1, "key", Map.of("first", String.class, "second", String.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two wire names");
    }
}
