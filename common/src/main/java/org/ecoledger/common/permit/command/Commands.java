package org.ecoledger.common.permit.command;

import java.util.List;

/** Shape checks shared by the commands: a missing field or an empty reason is malformed input. */
final class Commands {

    private Commands() {
    }

    static void requireNonNull(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    static void requireItems(List<String> items, String field) {
        if (items == null || items.isEmpty() || items.stream().anyMatch(i -> i == null || i.isBlank())) {
            throw new IllegalArgumentException(field + " must list at least one non-empty item");
        }
    }
}
