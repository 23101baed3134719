package org.ecoledger.common.monitoring;

/**
 * How a device's frames are cut and judged. {@link #STANDARD} as HJ 212 says (CR LF after every
 * frame, data segments of at most 1024 bytes); {@link #LENIENT} for field loggers that drop or
 * mangle the trailer or send longer segments unsplit. Registered per device; a device registered
 * before the setting existed has the framing its CRC variant implied.
 */
public enum DeviceFraming {
    STANDARD,
    LENIENT;

    /** What a device's CRC variant implied before framing was set on its own: Modbus loggers are the lenient ones. */
    public static DeviceFraming defaultFor(CrcVariant crcVariant) {
        return crcVariant == CrcVariant.STANDARD ? STANDARD : LENIENT;
    }
}
