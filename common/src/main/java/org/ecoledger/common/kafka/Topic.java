package org.ecoledger.common.kafka;

import java.util.Map;
import java.util.Optional;

/**
 * A Kafka topic of the published language: its name, its partition count, and the pinned wire
 * name of every event type it carries. Wire names are explicit so that moving or renaming a Java
 * class never changes what consumers see.
 */
public record Topic(String name, int partitions, String keyedBy, Map<String, Class<?>> eventTypes) {

    public Topic {
        eventTypes = Map.copyOf(eventTypes);
        if (eventTypes.values().stream().distinct().count() != eventTypes.size()) {
            throw new IllegalArgumentException("topic " + name + " gives one class two wire names");
        }
    }

    public String wireNameOf(Class<?> eventType) {
        return eventTypes.entrySet().stream()
                .filter(e -> e.getValue().equals(eventType))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(eventType.getSimpleName() + " is not published on " + name));
    }

    public Optional<Class<?>> eventTypeOf(String wireName) {
        return Optional.ofNullable(eventTypes.get(wireName));
    }
}
