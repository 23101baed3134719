package org.ecoledger.common.enforcement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.ecoledger.common.permit.PermitNumber;

/**
 * One execution report of one permit for one period, e.g. {@code 91510104MA6CG0LK2N001P/2026-Q3}.
 * Derived from the permit and the period, so the report an enterprise submits and the deadline the
 * platform watches are the same aggregate.
 */
public record ExecutionReportId(String value) {

    public ExecutionReportId {
        if (value == null || !value.matches("[0-9A-Z]{21}[PW]/\\d{4}(-M\\d{2}|-Q[1-4])?")) {
            throw new IllegalArgumentException("an execution report ID is a permit number, '/', and a period: " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ExecutionReportId of(String value) {
        return new ExecutionReportId(value);
    }

    public static ExecutionReportId of(PermitNumber permit, ReportPeriod period) {
        return new ExecutionReportId(permit.value() + "/" + period.label());
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
