package org.ecoledger.monitoring.support;

import org.ecoledger.monitoring.protocol.CpItem;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.Hj212Encoder;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;

/** A device's HJ 212 connection as a test drives it: whole frames out, one answer line in. */
public final class Hj212Socket implements AutoCloseable {

    private final Socket socket;

    public Hj212Socket(int port) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout(5_000);
    }

    /** An hourly upload of SO2 (CN 2061) that asks for its answer. */
    public static byte[] hourlyUpload(String mn, String password, String qn, String dataTime) {
        var header = new Header(qn, "31", "2061", password, mn, 5, null, null);
        return Hj212Encoder.encode(header, List.of(new CpItem("DataTime", dataTime),
                new CpItem("a21026-Avg", "30.5"), new CpItem("a21026-Cou", "1.25"), new CpItem("a21026-Flag", "N")));
    }

    public void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** The next line the platform sends, up to its CR LF; empty if none comes within five seconds. */
    public String answer() throws IOException {
        InputStream in = socket.getInputStream();
        var line = new StringBuilder();
        try {
            for (int b = in.read(); b != -1; b = in.read()) {
                line.append((char) b);
                if (line.length() > 1 && line.charAt(line.length() - 2) == '\r' && b == '\n') {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            return "";
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
