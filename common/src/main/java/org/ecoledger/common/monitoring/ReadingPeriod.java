package org.ecoledger.common.monitoring;

/** What a reading covers, from the upload's CN: real-time (2011), minute (2051), hour (2061) or day (2031). */
public enum ReadingPeriod {
    REAL_TIME,
    MINUTE,
    HOUR,
    DAY
}
