package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.EvidenceHour;
import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.RegionCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An open flag, as it stands: published on {@code emission-accounts} whenever it changed since the
 * last time, until it clears. {@code durationHours} runs from the onset to {@code asOf} (the
 * accounting clock). {@code peak} is in the flag's unit: the highest concentration for a
 * concentration flag, the emitted grams for an annual total, the hours for missing data, empty for
 * a discharge without a permit. {@code exceeded} is the mass beyond what was allowed: above the
 * allowance for an annual total, and for the other kinds what the outlet discharged (or, for
 * missing data, what was substituted) since the onset. {@code evidence} is the hourly series of the
 * flag's outlets and pollutants from 12 hours before the onset to 36 hours after it.
 */
@Revision("1")
public record ViolationFlagContinued(
        String flagId,
        ViolationKind kind,
        EnterpriseId enterpriseId,
        RegionCode region,
        Instant onsetAt,
        long durationHours,
        BigDecimal peak,
        Mass exceeded,
        List<EvidenceHour> evidence,
        Instant asOf) implements ViolationFlagEvent {

    public ViolationFlagContinued {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
