package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/**
 * What the topology keeps per series so that it never has to walk all of a series' hours.
 *
 * @param region                    the region of the latest reading for the series, for flags it raises without a reading
 * @param firstHour                 the earliest hour with data; hours are expected from there on
 * @param checkedFrom               every hour in [firstHour, checkedFrom) has a slot; missing hours are looked for from here
 * @param latestHour                the latest hour with a slot
 * @param badRunStart               the start of the run of invalid or missing hours that ends at {@code latestHour}; null if that hour is good
 * @param latestConcentrationPeriod the latest averaging period judged against the limit
 */
public record SeriesState(
        SeriesId id,
        RegionCode region,
        Instant firstHour,
        Instant checkedFrom,
        Instant latestHour,
        Instant badRunStart,
        Instant latestConcentrationPeriod) {

    public static SeriesState start(SeriesId id, RegionCode region) {
        return new SeriesState(id, region, null, null, null, null, null);
    }

    public boolean hasHours() {
        return firstHour != null;
    }

    SeriesState withRegion(RegionCode newRegion) {
        return new SeriesState(id, newRegion, firstHour, checkedFrom, latestHour, badRunStart, latestConcentrationPeriod);
    }

    SeriesState withHours(Instant newFirstHour, Instant newCheckedFrom, Instant newLatestHour, Instant newBadRunStart) {
        return new SeriesState(id, region, newFirstHour, newCheckedFrom, newLatestHour, newBadRunStart, latestConcentrationPeriod);
    }

    SeriesState withLatestConcentrationPeriod(Instant period) {
        return new SeriesState(id, region, firstHour, checkedFrom, latestHour, badRunStart, period);
    }
}
