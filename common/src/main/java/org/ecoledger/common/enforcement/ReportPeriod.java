package org.ecoledger.common.enforcement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.ecoledger.common.permit.Validity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar period an execution report covers, in China time: a month ({@code 2026-M03}), a
 * quarter ({@code 2026-Q3}) or a year ({@code 2026}). {@code index} counts from 1 within the year.
 */
public record ReportPeriod(ReportFrequency frequency, int year, int index) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-M(\\d{2})|-Q([1-4]))?");

    public ReportPeriod {
        if (frequency == null) {
            throw new IllegalArgumentException("a report period needs its frequency");
        }
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("a report period's year lies between 2000 and 2999: " + year);
        }
        if (index < 1 || index > frequency.periodsPerYear()) {
            throw new IllegalArgumentException("a " + frequency + " period is numbered 1 to " + frequency.periodsPerYear() + ": " + index);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReportPeriod parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a report period reads 2026, 2026-Q3 or 2026-M03: " + label);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new ReportPeriod(ReportFrequency.MONTHLY, year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new ReportPeriod(ReportFrequency.QUARTERLY, year, Integer.parseInt(m.group(3)));
        }
        return new ReportPeriod(ReportFrequency.ANNUAL, year, 1);
    }

    /** The period of that frequency the day falls in. */
    public static ReportPeriod containing(LocalDate day, ReportFrequency frequency) {
        return new ReportPeriod(frequency, day.getYear(), (day.getMonthValue() - 1) / frequency.months() + 1);
    }

    @JsonValue
    public String label() {
        return switch (frequency) {
            case MONTHLY -> "%d-M%02d".formatted(year, index);
            case QUARTERLY -> "%d-Q%d".formatted(year, index);
            case ANNUAL -> Integer.toString(year);
        };
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (index - 1) * frequency.months() + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(frequency.months() - 1L);
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    /** The first instant after the period, in China time: a report can be made from then on. */
    public Instant endsAt() {
        return lastDay().plusDays(1).atStartOfDay().toInstant(Validity.CHINA);
    }

    public ReportPeriod next() {
        return containing(lastDay().plusDays(1), frequency);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    @Override
    public String toString() {
        return label();
    }
}
