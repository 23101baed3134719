package org.ecoledger.common;

import java.util.List;

/** Shape checks of the published language's messages: a missing field or an empty reason is malformed input. */
public final class Require {

    private Require() {
    }

    public static void nonNull(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    public static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    public static void items(List<String> items, String field) {
        if (items == null || items.isEmpty() || items.stream().anyMatch(i -> i == null || i.isBlank())) {
            throw new IllegalArgumentException(field + " must list at least one non-empty item");
        }
    }
}
