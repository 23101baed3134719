package org.ecoledger.monitoring.protocol;

/**
 * The CRC algorithms devices put on HJ 212 frames. Only {@link #STANDARD} conforms; the Modbus
 * variants are accepted per device, never because "some CRC matched".
 */
public enum CrcProfile {
    /** Appendix A of HJ 212: {@code reg = (reg >> 8) ^ byte}, then eight shift/xor 0xA001 steps. */
    STANDARD,
    /** CRC-16/MODBUS printed high byte first. */
    MODBUS,
    /** CRC-16/MODBUS printed low byte first, as several loggers do. */
    MODBUS_SWAPPED;

    /** The CRC of {@code length} bytes from {@code offset}, as a 16-bit value in print order. */
    public int compute(byte[] data, int offset, int length) {
        return switch (this) {
            case STANDARD -> Hj212Crc.standard(data, offset, length);
            case MODBUS -> Hj212Crc.modbus(data, offset, length);
            case MODBUS_SWAPPED -> Hj212Crc.swapBytes(Hj212Crc.modbus(data, offset, length));
        };
    }

    public boolean matches(byte[] data, int offset, int length, int receivedCrc) {
        return compute(data, offset, length) == receivedCrc;
    }
}
