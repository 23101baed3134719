package org.ecoledger.monitoring.ingest;

/** Why the ingest did not accept a frame or a reading; the tag of the rejection counter. */
enum Rejection {
    MALFORMED,
    UNKNOWN_DEVICE,
    DEVICE_NOT_ACTIVE,
    WRONG_PASSWORD,
    MN_CHANGED_ON_CONNECTION,
    CRC_MISMATCH,
    CRC_VARIANT_NOT_REGISTERED,
    FRAMING_NOT_REGISTERED,
    RATE_LIMITED,
    NOT_AN_UPLOAD,
    PUBLISH_FAILED,
    /** An HTTP batch holding a reading dated further after its receipt than the accounting accepts. */
    DATED_AHEAD
}
