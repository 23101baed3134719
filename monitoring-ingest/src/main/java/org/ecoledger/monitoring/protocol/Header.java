package org.ecoledger.monitoring.protocol;

/**
 * The fields before CP. Any may be absent (null) on real devices except CN, without which a
 * packet cannot be dispatched.
 *
 * @param flag bits {@code V5..V0 D A}; null on 2005-style devices that send none
 */
public record Header(String qn, String st, String cn, String pw, String mn, Integer flag, Integer pnum, Integer pno) {

    public ProtocolVersion version() {
        return ProtocolVersion.fromFlag(flag);
    }

    /** The A bit: the sender expects an answer (9011, 9013 or 9014). */
    public boolean answerRequested() {
        return flag != null && (flag & 1) != 0;
    }

    /** The D bit: one subpacket of several, numbered by PNUM and PNO. */
    public boolean isSubpacket() {
        return flag != null && (flag & 2) != 0;
    }
}
