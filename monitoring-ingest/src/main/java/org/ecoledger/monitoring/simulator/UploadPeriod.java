package org.ecoledger.monitoring.simulator;

import java.time.Duration;

/** The periodic uploads a data logger makes, with their HJ 212 command numbers. */
public enum UploadPeriod {
    /** Minute data (CN 2051), every MinInterval minutes. */
    MINUTE("2051"),
    /** Hourly data (CN 2061): what the emission accounting counts. */
    HOUR("2061"),
    /** Daily data (CN 2031): the averaging period of wastewater limits. */
    DAY("2031");

    private final String cn;

    UploadPeriod(String cn) {
        this.cn = cn;
    }

    public String cn() {
        return cn;
    }

    /** How long one upload of this period covers; minute data covers the logger's MinInterval. */
    public Duration length(Duration minuteInterval) {
        return switch (this) {
            case MINUTE -> minuteInterval;
            case HOUR -> Duration.ofHours(1);
            case DAY -> Duration.ofDays(1);
        };
    }
}
