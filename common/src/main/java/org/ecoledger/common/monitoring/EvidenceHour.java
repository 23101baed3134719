package org.ecoledger.common.monitoring;

import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

import java.time.Instant;

/**
 * One hour of an outlet's series as the accounting counted it: the mass, what the hour held, and
 * the data flag the device sent (empty for a missing hour). The flags are the device's own account
 * of its status: D fault, M maintenance, C calibration, F source stopped.
 */
public record EvidenceHour(OutletCode outlet, Pollutant pollutant, Instant hour, Mass mass, HourStatus status, DataFlag flag) {
}
