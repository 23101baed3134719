package org.ecoledger.monitoring.protocol;

/** The header rules of HJ 212 that depend on the version, reported rather than enforced. */
final class HeaderChecks {

    private static final int QN_LENGTH = 17;
    private static final int MN_LENGTH_2005 = 14;
    private static final int MN_LENGTH_2017 = 24;
    private static final int PW_MAX_LENGTH = 6;

    private HeaderChecks() {
    }

    static void check(Header header, Deviations deviations) {
        ProtocolVersion version = header.version();
        qn(header, version, deviations);
        st(header, deviations);
        pw(header, deviations);
        mn(header, version, deviations);
        flag(header, version, deviations);
    }

    /** 2005 uploads usually carry no QN; from 2017 every packet has one. */
    private static void qn(Header header, ProtocolVersion version, Deviations deviations) {
        String qn = header.qn();
        if (qn == null) {
            if (version != ProtocolVersion.V2005) {
                deviations.add(Deviation.Type.MISSING_QN, "");
            }
        } else if (qn.length() != QN_LENGTH || !Ascii.allDigits(qn)) {
            deviations.add(Deviation.Type.BAD_QN, qn);
        }
    }

    private static void st(Header header, Deviations deviations) {
        String st = header.st();
        if (st == null) {
            deviations.add(Deviation.Type.MISSING_ST, "");
        } else if (st.length() != 2 || !isUpperAlphanumeric(st)) {
            deviations.add(Deviation.Type.BAD_ST, st);
        }
    }

    private static void pw(Header header, Deviations deviations) {
        String pw = header.pw();
        if (pw == null) {
            deviations.add(Deviation.Type.MISSING_PW, "");
        } else if (pw.length() > PW_MAX_LENGTH) {
            deviations.add(Deviation.Type.BAD_PW, "length " + pw.length());
        }
    }

    /**
     * 14 characters in 2005, 24 hex characters (EPC-96) since 2017. A packet without Flag may come
     * from a hybrid device that kept the 2005 header and took the 2017 MN, so either length passes.
     */
    private static void mn(Header header, ProtocolVersion version, Deviations deviations) {
        String mn = header.mn();
        if (mn == null) {
            deviations.add(Deviation.Type.MISSING_MN, "");
            return;
        }
        boolean hybrid = header.flag() == null;
        boolean fits2005 = mn.length() == MN_LENGTH_2005;
        boolean fits2017 = mn.length() == MN_LENGTH_2017;
        boolean lengthFits = switch (version) {
            case V2005 -> fits2005 || (hybrid && fits2017);
            case V2017, V2025, UNKNOWN -> fits2017;
        };
        if (!lengthFits) {
            deviations.add(Deviation.Type.MN_LENGTH, version + " MN of " + mn.length() + " characters");
        } else if (fits2017 && !isUpperHex(mn)) {
            deviations.add(Deviation.Type.MN_NOT_HEX, mn);
        }
    }

    private static void flag(Header header, ProtocolVersion version, Deviations deviations) {
        if (version == ProtocolVersion.UNKNOWN) {
            deviations.add(Deviation.Type.UNKNOWN_VERSION, "Flag=" + header.flag());
        }
        boolean numbered = header.pnum() != null || header.pno() != null;
        if (header.isSubpacket() != numbered || (numbered && (header.pnum() == null || header.pno() == null))) {
            deviations.add(Deviation.Type.PACKET_NUMBERS_MISMATCH,
                    "Flag=" + header.flag() + " PNUM=" + header.pnum() + " PNO=" + header.pno());
        } else if (numbered && (header.pno() < 1 || header.pnum() < 1 || header.pno() > header.pnum())) {
            deviations.add(Deviation.Type.BAD_PACKET_NUMBER, "PNUM=" + header.pnum() + " PNO=" + header.pno());
        }
    }

    private static boolean isUpperHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperAlphanumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
