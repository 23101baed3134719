package org.ecoledger.monitoring.protocol;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;

/**
 * DataTime values: {@code YYYYMMDDhhmmss}, in the device's local (Beijing) time since the
 * protocol carries no zone. Some devices append milliseconds; those are read too.
 */
final class DataTimes {

    static final int LENGTH = 14;
    static final int LENGTH_WITH_MILLIS = 17;

    private DataTimes() {
    }

    /** The time in {@code [start, end)}, or null if it is not a valid one. */
    static LocalDateTime parse(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length != LENGTH && length != LENGTH_WITH_MILLIS) {
            return null;
        }
        int year = digits(bytes, start, 4);
        int month = digits(bytes, start + 4, 2);
        int day = digits(bytes, start + 6, 2);
        int hour = digits(bytes, start + 8, 2);
        int minute = digits(bytes, start + 10, 2);
        int second = digits(bytes, start + 12, 2);
        int millis = length == LENGTH_WITH_MILLIS ? digits(bytes, start + 14, 3) : 0;
        if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
    }

    private static int digits(byte[] bytes, int start, int count) {
        return Ascii.parseDigits(bytes, start, start + count);
    }
}
