package org.ecoledger.monitoring.protocol;

/**
 * A way in which a packet departs from the standard but could still be read. Count them per
 * type; {@code detail} is for logs only (it may quote device data).
 */
public record Deviation(Type type, String detail) {

    public enum Type {
        /** A known header field repeated; the first value was used. */
        DUPLICATE_HEADER_FIELD,
        UNKNOWN_HEADER_FIELD,
        /** A header field without {@code =}, or with an empty key. */
        MALFORMED_FIELD,
        /** Header fields separated by {@code ,} instead of {@code ;}. */
        COMMA_IN_HEADER,
        /** A field glued to the next, as in the standard's own {@code Flag=5CP=&&}. */
        MISSING_SEPARATOR,
        /** Header fields after CP, which should come last. */
        FIELD_AFTER_CP,
        MISSING_QN,
        /** A QN that is not 17 digits ({@code YYYYMMDDhhmmsszzz}). */
        BAD_QN,
        MISSING_ST,
        BAD_ST,
        MISSING_PW,
        BAD_PW,
        MISSING_MN,
        /** An MN whose length does not fit the version: 14 for 2005, 24 since 2017. */
        MN_LENGTH,
        /** A 24-character MN with characters other than 0-9 and A-F. */
        MN_NOT_HEX,
        /** A Flag that is not a number from 0 to 255. */
        BAD_FLAG,
        /** Version bits no published edition uses. */
        UNKNOWN_VERSION,
        /** D set without PNUM and PNO, or PNUM/PNO sent without D. */
        PACKET_NUMBERS_MISMATCH,
        /** PNUM or PNO not a number from 1 to 9999, or PNO above PNUM. */
        BAD_PACKET_NUMBER,
        MISSING_CP,
        /** CP's value not wrapped in {@code &&}. */
        UNDELIMITED_CP,
        /** No closing {@code &&}. */
        UNTERMINATED_CP,
        MALFORMED_CP_ITEM,
        /** A field repeated in an upload; CP keeps both, the typed view uses the first. */
        DUPLICATE_CP_KEY,
        /** {@code ,} between different factors or {@code ;} between fields of one factor. */
        SEPARATOR_MISMATCH,
        /** Two CP items without a separator between them. */
        MISSING_CP_SEPARATOR,
        /** A {@code //text//} value without its closing {@code //}. */
        UNTERMINATED_TEXT,
        MISSING_DATA_TIME,
        BAD_DATA_TIME,
        /** A DataTime with milliseconds ({@code YYYYMMDDhhmmsszzz}); read, not rejected. */
        DATA_TIME_WITH_MILLIS,
        /** A value that should be a decimal number and is not; it is left out of the typed view. */
        BAD_NUMBER
    }
}
