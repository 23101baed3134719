package org.ecoledger.monitoring.emissions;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.ecoledger.monitoring.accounting.AccountingConfig;
import org.ecoledger.monitoring.accounting.EmissionAccountingQueries;
import org.ecoledger.monitoring.accounting.EmissionAccountingTopology;
import org.ecoledger.monitoring.accounting.StateStoreKind;
import org.ecoledger.monitoring.platform.MonitoringTopics;
import org.ecoledger.monitoring.platform.MonitoringProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Runs the emission accounting topology with exactly-once processing: a reading is counted once
 * even when the ingest re-sends it or this process dies between reading and committing, because
 * state, output and offsets commit together.
 */
@Component
class EmissionAccountingRuntime implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmissionAccountingRuntime.class);

    private final MonitoringProperties monitoring;
    private final AccountingProperties settings;
    private final MonitoringTopics topics;
    private final MeterRegistry meters;
    private volatile KafkaStreams streams;

    EmissionAccountingRuntime(MonitoringProperties monitoring, AccountingProperties settings, MonitoringTopics topics, MeterRegistry meters) {
        this.monitoring = monitoring;
        this.settings = settings;
        this.topics = topics;
        this.meters = meters;
    }

    @Override
    public void start() {
        topics.ensureCreated();
        var config = AccountingConfig.defaults();
        config = new AccountingConfig(settings.substitutionLookBack(), config.missingAfter(), settings.dataMissingFlagAfter(),
                config.wallClockPunctuation(), config.wallClockLag(), settings.readingsAcceptedFor(), settings.tradingEventsAcceptedFor(),
                settings.readingsDatedAheadUpTo());
        var properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, monitoring.kafka().bootstrapServers());
        properties.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDirectory().toAbsolutePath().toString());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, (int) settings.commitInterval().toMillis());
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.streamThreads());
        // A reading must not be judged before the permit events that precede it. A task processes nothing while one of its
        // inputs has nothing buffered: until the records the broker holds for it are fetched, and up to this long for one
        // that is caught up, in case more comes. So no task may read a topic its own transaction writes (see
        // EmissionAccountingTopology#readable), and a permit or trading event can hold its task's readings up to this long.
        properties.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, 1000L);
        // Records the accounting cannot read go to its dead-letter topic from inside the topology, in the same transaction
        // as everything else (see EmissionAccountingTopology). The default exception handlers stay: with every input read
        // as bytes no deserializer can fail, and what else fails a processor (a store, the broker, a defect) must fail the
        // task so that the record is retried, not skipped half applied.
        streams = new KafkaStreams(new EmissionAccountingTopology(config, StateStoreKind.PERSISTENT, settings.accountsInterval(), meters).build(),
                properties);
        streams.setUncaughtExceptionHandler(failure -> {
            log.error("The emission accounting failed; replacing its thread", failure);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
    }

    /** The accounting's stores, while it is running; empty while it starts or rebalances. */
    Optional<EmissionAccountingQueries> queries() {
        KafkaStreams running = streams;
        if (running == null || running.state() != KafkaStreams.State.RUNNING) {
            return Optional.empty();
        }
        return Optional.of(EmissionAccountingQueries.over(running));
    }

    @Override
    public void stop() {
        if (streams != null) {
            if (!streams.close(Duration.ofSeconds(15))) {
                // Its threads go on closing in the background, holding their state directories until they have. Nothing
                // accepted is lost: a transaction still open is aborted and its records are read again.
                log.warn("The emission accounting did not close within 15 s; its threads are still shutting down");
            }
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }
}
