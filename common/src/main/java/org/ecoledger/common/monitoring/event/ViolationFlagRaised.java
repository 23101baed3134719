package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A violation began: raised once per onset, not per reading, on {@code violation-flags} keyed by
 * enterprise. {@code flagId} is stable for the episode, so the clearing and any repeat delivery
 * name the same flag. {@code outlet} and {@code pollutant} are empty where the kind has none
 * (an annual total has no outlet). {@code observed} and {@code limit} are in the kind's unit:
 * grams for totals, the concentration unit for concentrations, hours for missing data.
 */
@Revision("1")
public record ViolationFlagRaised(
        String flagId,
        ViolationKind kind,
        EnterpriseId enterpriseId,
        RegionCode region,
        OutletCode outlet,
        Pollutant pollutant,
        Instant onsetAt,
        BigDecimal observed,
        BigDecimal limit,
        String detail,
        Instant raisedAt) implements ViolationFlagEvent {
}
