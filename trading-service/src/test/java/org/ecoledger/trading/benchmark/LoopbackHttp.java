package org.ecoledger.trading.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection to the service over loopback, one request at a time. Hand
 * written because the client shares two cores with the service it measures: a blocking socket
 * costs a few microseconds per request, where java.net.http's asynchronous machinery costs tens,
 * and every one of them would be taken from the service. It speaks just what Tomcat answers:
 * Content-Length or chunked bodies, and "Connection: close".
 */
final class LoopbackHttp implements AutoCloseable {

    /** A healthy answer comes far sooner; a request that hangs this long is an error, not a wait. */
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    /** The status and body, or status -1 and the exception when no answer came. */
    record Reply(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackHttp(int port) {
        this.port = port;
    }

    Reply post(String path, String token, String json) {
        return exchange("POST", path, token, json.getBytes(StandardCharsets.UTF_8));
    }

    Reply delete(String path, String token) {
        return exchange("DELETE", path, token, null);
    }

    private Reply exchange(String method, String path, String token, byte[] body) {
        try {
            connectIfClosed();
            StringBuilder head = new StringBuilder(160 + token.length())
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port)
                    .append("\r\nAuthorization: Bearer ").append(token).append("\r\n");
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read();
        } catch (IOException | RuntimeException e) {
            close();
            return new Reply(-1, e.toString());
        }
    }

    private Reply read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0; size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers, none expected
            }
        } else if (length > 0) {
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length < length) {
                throw new EOFException("the body ended early");
            }
            body.write(bytes);
        }
        if (closing) {
            close();
        }
        return new Reply(status, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void connectIfClosed() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress("127.0.0.1", port), READ_TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = new BufferedOutputStream(socket.getOutputStream(), 4096);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // it is being dropped either way
            }
            socket = null;
        }
    }
}
