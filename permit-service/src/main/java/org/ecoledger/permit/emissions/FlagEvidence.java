package org.ecoledger.permit.emissions;

import org.ecoledger.common.monitoring.EvidenceHour;
import org.ecoledger.common.value.Mass;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The newest that monitoring reported of an open flag: how it went on, and the hours around its onset. */
public record FlagEvidence(String flagId, long durationHours, BigDecimal peak, Mass exceeded, List<EvidenceHour> hours, Instant asOf) {
}
