package org.ecoledger.monitoring.protocol;

import java.util.List;

/**
 * A data segment as read: the header (first value of each known field), the fields that did not
 * fit the header (unknown keys and repeats, in order), CP, and every deviation noticed.
 */
public record Packet(Header header, List<Field> extraHeaderFields, CommandParameters cp, List<Deviation> deviations) {

    public Packet {
        extraHeaderFields = List.copyOf(extraHeaderFields);
        deviations = List.copyOf(deviations);
    }

    public ProtocolVersion version() {
        return header.version();
    }

    public MessageKind kind() {
        return MessageKind.of(version(), header.cn());
    }

    public boolean conforms() {
        return deviations.isEmpty();
    }
}
