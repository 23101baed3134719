package org.ecoledger.common.enforcement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identity of one violation case. A case opened by a flag or by an overdue report takes its ID
 * from what opened it, so the same flag delivered twice names the same case and opens nothing new.
 */
public record ViolationCaseId(String value) {

    public ViolationCaseId {
        if (value == null) {
            throw new IllegalArgumentException("a violation case ID is required");
        }
        try {
            value = UUID.fromString(value.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a violation case ID is a UUID: " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ViolationCaseId of(String value) {
        return new ViolationCaseId(value);
    }

    /** The case a monitoring flag opens: one per flag ID, whatever the number of deliveries. */
    public static ViolationCaseId forFlag(String flagId) {
        return derived("violation-flag:" + flagId);
    }

    /** The case a missing execution report opens. */
    public static ViolationCaseId forReport(ExecutionReportId reportId) {
        return derived("execution-report:" + reportId.value());
    }

    private static ViolationCaseId derived(String source) {
        return new ViolationCaseId(UUID.nameUUIDFromBytes(source.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
