package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The state stores of the emission accounting and their keys. Keys are strings that start with the
 * enterprise's credit code, so that one enterprise's entries sit together and a prefix scan finds
 * them; store iteration order (by key bytes) is the order both implementations visit things in.
 * The stores of what was seen are the exception: they start with the time, so that what falls out
 * of their window is one range ({@link SeenKeys}).
 */
public final class AccountingStores {

    /** time|readingKey → true: hourly and daily readings applied within the window, by the start of their period ({@link SeenKeys}). */
    public static final String READINGS_SEEN_BY_TIME = "emission-accounting-readings-seen-by-time";
    /**
     * readingKey → true: what versions before the window remembered, forever; read, and emptied into
     * {@link #READINGS_SEEN_BY_TIME}. Kept registered so that its changelog is restored and emptied
     * with it; a later version can drop it once every deployment has run this one.
     */
    public static final String READINGS_SEEN = "emission-accounting-readings-seen";
    /** enterprise|outlet|pollutant|hour → {@link HourSlot}. */
    public static final String HOURS = "emission-accounting-hours";
    /** enterprise|outlet|pollutant → {@link SeriesState}. */
    public static final String SERIES = "emission-accounting-series";
    /** enterprise|outlet → {@link OutletState}. */
    public static final String OUTLETS = "emission-accounting-outlets";
    /** enterprise|year|pollutant → {@link AnnualEmission}. */
    public static final String ANNUAL_TOTALS = "emission-accounting-annual-totals";
    /** enterprise|yyyy-MM|pollutant → {@link AnnualEmission}: the same running total, by calendar month (China time). */
    public static final String MONTHLY_TOTALS = "emission-accounting-monthly-totals";
    /** enterprise|year|pollutant → allowed grams: the permitted total plus the traded rights ({@link AllowanceRule}). */
    public static final String ALLOWANCES = "emission-accounting-allowances";
    /** enterprise|year|pollutant → net grams of rights of that vintage gained less lost, over all regions. */
    public static final String TRADED_RIGHTS = "emission-accounting-traded-rights";
    /** time|enterprise|quota class|trading event ID → true: holding changes applied within the window, by the event's {@code at}. */
    public static final String HOLDING_CHANGES_SEEN_BY_TIME = "emission-accounting-holding-changes-seen-by-time";
    /** enterprise|quota class|trading event ID → true: the legacy form, like {@link #READINGS_SEEN}. */
    public static final String HOLDING_CHANGES_SEEN = "emission-accounting-holding-changes-seen";
    /** enterprise → {@link PermitBook}. */
    public static final String PERMITS = "emission-accounting-permits";
    /** {@link FlagSubject#key()} → the open flag's raised event. */
    public static final String OPEN_FLAGS = "emission-accounting-open-flags";
    /** {@link #CLOCK_KEY} → the accounting clock of the task. */
    public static final String CLOCK = "emission-accounting-clock";

    public static final String CLOCK_KEY = "clock";

    public static final List<String> ALL = List.of(READINGS_SEEN_BY_TIME, READINGS_SEEN, HOURS, SERIES, OUTLETS, ANNUAL_TOTALS,
            MONTHLY_TOTALS, ALLOWANCES, TRADED_RIGHTS, HOLDING_CHANGES_SEEN_BY_TIME, HOLDING_CHANGES_SEEN, PERMITS, OPEN_FLAGS, CLOCK);

    private AccountingStores() {
    }

    public static String enterprisePrefix(EnterpriseId enterprise) {
        return enterprise.value() + "|";
    }

    public static String outletKey(EnterpriseId enterprise, OutletCode outlet) {
        return enterprise.value() + "|" + outlet.value();
    }

    public static String cellKey(EnterpriseId enterprise, YearPollutant cell) {
        return enterprise.value() + "|" + cell.year() + "|" + cell.pollutant().name();
    }

    public static String monthKey(EnterpriseId enterprise, YearMonth month, Pollutant pollutant) {
        return enterprise.value() + "|" + month + "|" + pollutant.name();
    }

    /** The start of the period a reading key ({@link DeviceReadingReceived#readingKey()}) names: what follows its last slash. */
    static Optional<Instant> timeOfReadingKey(String readingKey) {
        try {
            return Optional.of(Instant.parse(readingKey.substring(readingKey.lastIndexOf('/') + 1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static YearPollutant cellOf(String cellKey) {
        String[] parts = cellKey.split("\\|");
        return new YearPollutant(Integer.parseInt(parts[1]), Pollutant.valueOf(parts[2]));
    }
}
