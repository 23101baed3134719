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
    /** The first byte of each pair of bytes. */
    private static final long PAIR_TENS = 0x00FF00FF00FF00FFL;

    private DataTimes() {
    }

    /** The time in {@code [start, end)}, or null if it is not a valid one. */
    static LocalDateTime parse(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length != LENGTH && length != LENGTH_WITH_MILLIS) {
            return null;
        }
        int millis = length == LENGTH_WITH_MILLIS ? digits(bytes, start + LENGTH, 3) : 0;
        if (start + 2 * Long.BYTES > bytes.length) {
            return of(digits(bytes, start, 4), digits(bytes, start + 4, 2), digits(bytes, start + 6, 2),
                    digits(bytes, start + 8, 2), digits(bytes, start + 10, 2), digits(bytes, start + 12, 2), millis);
        }
        // YYYYMMDD and hhmmss as two words of digits, each pair of digits read at once.
        long date = Ascii.digitLanes(Ascii.word(bytes, start));
        long time = Ascii.digitLanes(Ascii.word(bytes, start + Long.BYTES)) & Ascii.lowBytes(LENGTH - Long.BYTES);
        if ((Ascii.notDigits(date) | Ascii.notDigits(time)) != 0) {
            return null;
        }
        long datePairs = pairs(date);
        long timePairs = pairs(time);
        return of(pair(datePairs, 0) * 100 + pair(datePairs, 1), pair(datePairs, 2), pair(datePairs, 3),
                pair(timePairs, 0), pair(timePairs, 1), pair(timePairs, 2), millis);
    }

    private static LocalDateTime of(int year, int month, int day, int hour, int minute, int second, int millis) {
        if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
    }

    /** Each pair of digit lanes, the first the tens, as one number in a 16-bit lane. */
    private static long pairs(long lanes) {
        return ((lanes & PAIR_TENS) * 10 + ((lanes >>> Byte.SIZE) & PAIR_TENS));
    }

    private static int pair(long pairs, int index) {
        return (int) (pairs >>> (index * Short.SIZE)) & 0xFFFF;
    }

    private static int digits(byte[] bytes, int start, int count) {
        return Ascii.parseDigits(bytes, start, start + count);
    }
}
