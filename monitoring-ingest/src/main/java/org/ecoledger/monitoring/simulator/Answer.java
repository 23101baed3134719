package org.ecoledger.monitoring.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a device reads from the server's answer: the command (9014 data answer, 9013 notification
 * answer, 9011 request answer), the QN it echoes and, for 9011, the QnRtn code.
 *
 * @param qnRtn 0 where the answer carries none
 */
record Answer(String cn, String qn, int qnRtn) {

    boolean acknowledges() {
        return "9014".equals(cn) || "9013".equals(cn);
    }

    /** A refusal: a 9011 that is not "ready" (1). */
    boolean refuses() {
        return "9011".equals(cn) && qnRtn != 1;
    }

    /** Reads a frame line without its CR LF; empty if it is not an HJ 212 answer. */
    static Optional<Answer> parse(byte[] line) {
        String text = new String(line, StandardCharsets.US_ASCII);
        if (!text.startsWith("##")) {
            return Optional.empty();
        }
        String cn = field(text, "CN=");
        String qn = field(text, "QN=");
        if (cn == null || qn == null) {
            return Optional.empty();
        }
        String rtn = field(text, "QnRtn=");
        try {
            return Optional.of(new Answer(cn, qn, rtn == null ? 0 : Integer.parseInt(rtn)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The value after the first {@code name} that starts a field, up to the next delimiter. */
    private static String field(String text, String name) {
        int at = text.indexOf(name);
        while (at > 0 && "#;&,0123456789".indexOf(text.charAt(at - 1)) < 0) {
            at = text.indexOf(name, at + 1);
        }
        if (at < 0) {
            return null;
        }
        int start = at + name.length();
        int end = start;
        while (end < text.length() && ";,&".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end > start ? text.substring(start, end) : null;
    }
}
