package org.ecoledger.monitoring.protocol;

import java.util.Set;

/**
 * Turns a frame into a packet: reads the data segment, then checks the CRC against the profiles
 * allowed for the MN it names. The MN is only known after reading, so reading comes first; a
 * frame that fails both is reported for its CRC. Thread-safe.
 */
public final class Hj212Reader {

    private final CrcPolicy crcPolicy;

    public Hj212Reader(CrcPolicy crcPolicy) {
        this.crcPolicy = crcPolicy;
    }

    public Reading read(RawFrame frame) {
        boolean standardCrc = frame.crcMatches(CrcProfile.STANDARD);
        Packet packet;
        try {
            packet = DataSegmentParser.parse(frame);
        } catch (Hj212FormatException e) {
            return standardCrc
                    ? new Reading.Rejected(frame, FrameRejection.MALFORMED_SEGMENT, e.getMessage())
                    : badCrc(frame, null);
        }
        Set<CrcProfile> allowed = crcPolicy.allowedFor(packet.header().mn());
        if (standardCrc && allowed.contains(CrcProfile.STANDARD)) {
            return new Reading.Accepted(frame, packet, CrcProfile.STANDARD);
        }
        for (CrcProfile profile : CrcProfile.values()) {
            if (profile != CrcProfile.STANDARD && allowed.contains(profile) && frame.crcMatches(profile)) {
                return new Reading.Accepted(frame, packet, profile);
            }
        }
        return badCrc(frame, packet.header().mn());
    }

    private static Reading badCrc(RawFrame frame, String mn) {
        String seen = frame.crcProfile().map(CrcProfile::name).orElse("no known algorithm");
        return new Reading.Rejected(frame, FrameRejection.BAD_CRC,
                "CRC " + frame.receivedCrcText() + " (" + seen + ") not allowed for MN " + mn);
    }
}
