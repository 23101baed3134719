package org.ecoledger.common.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Kafka topic of the published language: its name, its partition count, and the pinned wire
 * name of every event type it carries. Wire names are explicit so that moving or renaming a Java
 * class never changes what consumers see.
 *
 * <p>A class rather than a record because it also keeps the wire names by class: publishers ask
 * for one per record they send (every reading, every flag), and a search of the entries per
 * record is work on their hot paths.
 */
public final class Topic {

    private final String name;
    private final int partitions;
    private final String keyedBy;
    private final Map<String, Class<?>> eventTypes;
    private final Map<Class<?>, String> wireNames;

    public Topic(String name, int partitions, String keyedBy, Map<String, Class<?>> eventTypes) {
        this.name = name;
        this.partitions = partitions;
        this.keyedBy = keyedBy;
        this.eventTypes = Map.copyOf(eventTypes);
        Map<Class<?>, String> wireNames = new HashMap<>();
        this.eventTypes.forEach((wireName, type) -> {
            if (wireNames.put(type, wireName) != null) {
                throw new IllegalArgumentException("topic " + name + " gives one class two wire names");
            }
        });
        this.wireNames = Map.copyOf(wireNames);
    }

    public String name() {
        return name;
    }

    public int partitions() {
        return partitions;
    }

    /** What the records' keys are, in words. */
    public String keyedBy() {
        return keyedBy;
    }

    public Map<String, Class<?>> eventTypes() {
        return eventTypes;
    }

    public String wireNameOf(Class<?> eventType) {
        String wireName = wireNames.get(eventType);
        if (wireName == null) {
            throw new IllegalArgumentException(eventType.getSimpleName() + " is not published on " + name);
        }
        return wireName;
    }

    public Optional<Class<?>> eventTypeOf(String wireName) {
        return Optional.ofNullable(eventTypes.get(wireName));
    }

    @Override
    public String toString() {
        return name;
    }
}
