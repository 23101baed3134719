package org.ecoledger.local;

import java.nio.file.Path;
import java.util.Set;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka (broker and controller in one) running in this JVM on the real broker
 * classes. Its address and log directory stay the same across {@link #stop()} and {@link
 * #start()}, so clients see an outage and a recovery rather than a new cluster.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final KafkaBrokerSettings settings;
    private final boolean temporaryDirectory;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(KafkaBrokerSettings settings, boolean temporaryDirectory) {
        this.settings = settings;
        this.temporaryDirectory = temporaryDirectory;
    }

    /**
     * Starts a broker. {@code logDirectory} null = a temporary one, deleted on close; port 0 = a free
     * port chosen once and kept across stop/start.
     */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port) {
        boolean temporary = logDirectory == null;
        Path directory =
                temporary
                        ? Directories.createTemporary("ecoledger-kafka")
                        : Directories.createIfMissing(logDirectory);
        int brokerPort = port == 0 ? FreePorts.pick(Set.of()) : port;
        int controllerPort = FreePorts.pick(Set.of(brokerPort));
        EmbeddedKafkaBroker broker =
                new EmbeddedKafkaBroker(
                        new KafkaBrokerSettings(directory, brokerPort, controllerPort), temporary);
        try {
            broker.start();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    public Path logDirectory() {
        return settings.logDirectory();
    }

    /** Starts the broker again on the same port and log directory; returns once it serves clients. */
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " is already running");
        }
        KafkaStorage.formatIfNeeded(settings);
        KafkaRaftServer starting =
                new KafkaRaftServer(new KafkaConfig(settings.brokerProperties(), false), Time.SYSTEM);
        try {
            starting.startup();
            KafkaReadiness.await(bootstrapServers());
        } catch (RuntimeException e) {
            try {
                shutDown(starting);
            } catch (RuntimeException shutdownFailure) {
                e.addSuppressed(shutdownFailure);
            }
            throw e;
        }
        server = starting;
        LOG.info("Kafka broker serving at {} with logs in {}", bootstrapServers(), logDirectory());
    }

    /** Shuts the broker down, releasing its ports but keeping the log directory. */
    public synchronized void stop() {
        if (server != null) {
            shutDown(server);
            server = null;
            LOG.info("Kafka broker at {} stopped", bootstrapServers());
        }
    }

    /** Stops the broker and deletes the log directory only if it was temporary. */
    @Override
    public synchronized void close() {
        stop();
        if (temporaryDirectory) {
            Directories.deleteRecursively(logDirectory());
        }
    }

    private static void shutDown(KafkaRaftServer raftServer) {
        raftServer.shutdown();
        raftServer.awaitShutdown();
    }
}
