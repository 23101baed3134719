package org.ecoledger.monitoring.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Collects deviations while reading; allocates nothing for a conforming packet. */
final class Deviations {

    /** Device data quoted in a detail is cut here, so that a junk packet cannot make a huge log line. */
    private static final int QUOTE_LIMIT = 64;

    private List<Deviation> found;

    void add(Deviation.Type type, String detail) {
        if (found == null) {
            found = new ArrayList<>(4);
        }
        found.add(new Deviation(type, detail));
    }

    void add(Deviation.Type type, byte[] bytes, int start, int end) {
        add(type, quote(bytes, start, end));
    }

    List<Deviation> list() {
        return found == null ? List.of() : List.copyOf(found);
    }

    static String quote(byte[] bytes, int start, int end) {
        int length = Math.min(end - start, QUOTE_LIMIT);
        return new String(bytes, start, length, StandardCharsets.UTF_8);
    }
}
