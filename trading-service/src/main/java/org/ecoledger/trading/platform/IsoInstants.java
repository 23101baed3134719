package org.ecoledger.trading.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;

/**
 * Instants as ISO-8601 text in UTC ({@code 2026-11-24T04:53:30.123Z}), read and written from their
 * digits for years 0000 to 9999, where {@code DateTimeFormatter} takes about a microsecond each way.
 * Every trading event's time is written this way twice when it is stored (in its JSON, and in the
 * event store's timestamp column) and read back by each tracking processor that fetches it. Each
 * method gives exactly what its {@code DateTimeFormatter} counterpart gives (held to it by
 * {@code IsoInstantsTest}); any other year or form is left to that counterpart.
 */
final class IsoInstants {

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final long FIRST_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long AFTER_LAST_SECOND = 253_402_300_800L; // 10000-01-01T00:00:00Z

    private IsoInstants() {
    }

    /** The instant, or null when the text is not exactly {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} naming a valid time. */
    static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nano = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            int fraction = text.charAt(19) == '.' ? digits(text, 20, fractionDigits) : -1;
            if (fraction < 0) {
                return null;
            }
            nano = fraction * POWERS_OF_TEN[9 - fractionDigits];
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second, nano);
    }

    /**
     * As {@link DateTimeFormatter#ISO_INSTANT} writes it, which is what {@link Instant#toString()} and
     * Jackson's {@code InstantSerializer} give: the fraction in groups of three digits, as many as
     * the nanoseconds need, none for a whole second.
     */
    static String format(Instant instant) {
        int nano = instant.getNano();
        int fractionDigits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        String text = write(instant, fractionDigits);
        return text != null ? text : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /**
     * As Axon writes the event store's timestamp column ({@code DateTimeUtils.formatInstant}): always
     * three fraction digits, the nanoseconds beyond them cut off; null for a year outside 0000 to 9999.
     */
    static String formatMillis(Instant instant) {
        return write(instant, 3);
    }

    private static String write(Instant instant, int fractionDigits) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds >= AFTER_LAST_SECOND) {
            return null;
        }
        long epochDay = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        byte[] text = new byte[fractionDigits == 0 ? 20 : 21 + fractionDigits];
        writeDate(epochDay, text);
        text[10] = 'T';
        put(text, 11, 2, secondOfDay / 3_600);
        text[13] = ':';
        put(text, 14, 2, secondOfDay / 60 % 60);
        text[16] = ':';
        put(text, 17, 2, secondOfDay % 60);
        if (fractionDigits > 0) {
            text[19] = '.';
            put(text, 20, fractionDigits, instant.getNano() / POWERS_OF_TEN[9 - fractionDigits]);
        }
        text[text.length - 1] = 'Z';
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static void writeDate(long epochDay, byte[] text) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        put(text, 0, 4, date.getYear());
        text[4] = '-';
        put(text, 5, 2, date.getMonthValue());
        text[7] = '-';
        put(text, 8, 2, date.getDayOfMonth());
    }

    private static void put(byte[] text, int from, int count, int value) {
        for (int i = from + count - 1; i >= from; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The number the {@code count} digits from {@code from} write, or -1 if any is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** As {@code LocalDate.toEpochDay}, without making the date. */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y;
        total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!Year.isLeap(year)) {
                total--;
            }
        }
        return total - 719_528;
    }
}
