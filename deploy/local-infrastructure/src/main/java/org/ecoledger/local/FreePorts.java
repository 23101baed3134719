package org.ecoledger.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;

final class FreePorts {

    private FreePorts() {}

    /** A loopback port free right now and not among {@code taken}. */
    static int pick(Set<Integer> taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (!taken.contains(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not find a free loopback port", e);
            }
        }
        throw new IllegalStateException("No free loopback port outside " + taken);
    }
}
