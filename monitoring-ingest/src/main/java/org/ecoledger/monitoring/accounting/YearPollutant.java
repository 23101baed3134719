package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.value.Pollutant;

import java.util.Comparator;

/** A calendar year (China time) and a pollutant: the cell of the annual account. */
public record YearPollutant(int year, Pollutant pollutant) implements Comparable<YearPollutant> {

    private static final Comparator<YearPollutant> ORDER =
            Comparator.comparingInt(YearPollutant::year).thenComparing(yp -> yp.pollutant().name());

    @Override
    public int compareTo(YearPollutant other) {
        return ORDER.compare(this, other);
    }
}
