package org.ecoledger.monitoring.protocol;

/** What became of a frame: a packet to process, or a rejection to count. */
public sealed interface Reading {

    RawFrame frame();

    /** @param crc the CRC algorithm that matched, among those allowed for the device */
    record Accepted(RawFrame frame, Packet packet, CrcProfile crc) implements Reading {
    }

    /** @param detail for logs only; may quote device data */
    record Rejected(RawFrame frame, FrameRejection reason, String detail) implements Reading {
    }
}
