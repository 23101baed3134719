package org.ecoledger.monitoring.protocol;

/**
 * What a packet is, from its version and CN together: CN meanings differ between editions
 * (2005's alarm commands are gone in 2017; 9015 is a heartbeat only in 2025).
 */
public enum MessageKind {
    REAL_TIME,
    MINUTE,
    HOURLY,
    DAILY,
    /** Facility run status (2021) and run time (2041). */
    STATUS,
    /** The logger's restart time (2081). */
    RESTART,
    /** Instrument serial numbers (3019) and field information (3020). */
    FIELD_INFO,
    /** 2005's alarm record (2071) and alarm event (2072). */
    ALARM,
    /** Answered with 9013 rather than 9014: 1013 time-calibration request, 2012 and 2022. */
    NOTIFICATION,
    HEARTBEAT,
    /** 9011 to 9014: a device answering a command of ours. */
    RESPONSE,
    OTHER;

    public static MessageKind of(ProtocolVersion version, String cn) {
        if (cn == null) {
            return OTHER;
        }
        MessageKind kind = inEveryVersion(cn);
        if (kind != OTHER) {
            return kind;
        }
        return switch (version) {
            // 2017 added 1013, 2081, 3019 and 3020 on codes 2005 left unused; devices without Flag
            // that keep the 2005 header but send them mean the 2017 meaning.
            case V2005 -> "2071".equals(cn) || "2072".equals(cn) ? ALARM : since2017(cn);
            case V2017 -> since2017(cn);
            case V2025 -> "9015".equals(cn) ? HEARTBEAT : since2017(cn);
            case UNKNOWN -> OTHER;
        };
    }

    /** Whether the host acknowledges it with a 9014 data answer. */
    public boolean isUpload() {
        return switch (this) {
            case REAL_TIME, MINUTE, HOURLY, DAILY, STATUS, RESTART, FIELD_INFO, ALARM -> true;
            case NOTIFICATION, HEARTBEAT, RESPONSE, OTHER -> false;
        };
    }

    private static MessageKind inEveryVersion(String cn) {
        return switch (cn) {
            case "2011" -> REAL_TIME;
            case "2051" -> MINUTE;
            case "2061" -> HOURLY;
            case "2031" -> DAILY;
            case "2021", "2041" -> STATUS;
            case "2012", "2022" -> NOTIFICATION;
            case "9011", "9012", "9013", "9014" -> RESPONSE;
            default -> OTHER;
        };
    }

    private static MessageKind since2017(String cn) {
        return switch (cn) {
            case "2081" -> RESTART;
            case "3019", "3020" -> FIELD_INFO;
            case "1013" -> NOTIFICATION;
            default -> OTHER;
        };
    }
}
