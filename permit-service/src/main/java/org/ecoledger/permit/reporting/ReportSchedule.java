package org.ecoledger.permit.reporting;

import org.ecoledger.common.enforcement.ReportFrequency;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.permit.Validity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which execution reports a key-class permit owes and when each is due: one per configured
 * frequency and calendar period that overlaps the permit's validity, due at the start of the day
 * that follows the period by the frequency's deadline (China time), e.g. a quarter ending 30
 * September with 15 days is due by 16 October 00:00.
 */
public final class ReportSchedule {

    private final List<ReportFrequency> frequencies;
    private final Map<ReportFrequency, Period> deadlines;
    private final Period lookBack;

    public ReportSchedule(List<ReportFrequency> frequencies, Map<ReportFrequency, Period> deadlines, Period lookBack) {
        this.frequencies = List.copyOf(frequencies);
        this.deadlines = Map.copyOf(deadlines);
        this.lookBack = lookBack;
    }

    public static ReportSchedule of(ReportingProperties properties) {
        return new ReportSchedule(properties.keyClassFrequencies(), properties.deadlineAfterPeriod(), properties.lookBack());
    }

    public boolean owes(ReportFrequency frequency) {
        return frequencies.contains(frequency);
    }

    public Instant deadlineOf(ReportPeriod period) {
        Period grace = deadlines.get(period.frequency());
        if (grace == null) {
            throw new IllegalArgumentException(period.frequency() + " execution reports are not part of the schedule");
        }
        return period.lastDay().plusDays(1).plus(grace).atStartOfDay().toInstant(Validity.CHINA);
    }

    /** Periods of the permit whose deadline has passed by {@code now}, no longer ago than the look-back. */
    public List<ReportPeriod> pastDeadline(Validity validity, Instant now) {
        LocalDate today = now.atOffset(Validity.CHINA).toLocalDate();
        LocalDate earliest = today.minus(lookBack).minusYears(1);
        LocalDate first = validity.from().isAfter(earliest) ? validity.from() : earliest;
        List<ReportPeriod> due = new ArrayList<>();
        for (ReportFrequency frequency : frequencies) {
            for (ReportPeriod period = ReportPeriod.containing(first, frequency);
                 !period.firstDay().isAfter(validity.until()) && !period.firstDay().isAfter(today);
                 period = period.next()) {
                Instant deadline = deadlineOf(period);
                if (!deadline.isAfter(now) && deadline.isAfter(now.atOffset(Validity.CHINA).minus(lookBack).toInstant())) {
                    due.add(period);
                }
            }
        }
        return due;
    }
}
