package org.ecoledger.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The in-process equivalent of {@code kafka-storage.sh format}. */
final class KafkaStorage {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaStorage.class);

    private KafkaStorage() {}

    /**
     * Formats the log directory unless a meta.properties shows it already was: reformatting would
     * give the node a new cluster id and make it refuse its own data.
     */
    static void formatIfNeeded(KafkaBrokerSettings settings) {
        if (Files.exists(settings.logDirectory().resolve("meta.properties"))) {
            return;
        }
        String directory = settings.logDirectory().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(KafkaBrokerSettings.NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(KafkaBrokerSettings.CONTROLLER_LISTENER)
                    .addDirectory(directory)
                    .setMetadataLogDirectory(directory)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + directory, e);
        }
        LOG.info("Formatted Kafka storage: {}", output.toString(StandardCharsets.UTF_8).trim());
    }
}
