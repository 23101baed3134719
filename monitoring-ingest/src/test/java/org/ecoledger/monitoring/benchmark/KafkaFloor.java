package org.ecoledger.monitoring.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.ecoledger.common.kafka.EventHeaders;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.Directories;
import org.ecoledger.local.EmbeddedKafkaBroker;
import org.ecoledger.monitoring.protocol.DataSegmentParser;
import org.ecoledger.monitoring.protocol.FactorValues;
import org.ecoledger.monitoring.protocol.Header;
import org.ecoledger.monitoring.protocol.Hj212Encoder;
import org.ecoledger.monitoring.protocol.Upload;
import org.ecoledger.monitoring.simulator.DeviceSpec;
import org.ecoledger.monitoring.simulator.Scenario;
import org.ecoledger.monitoring.simulator.SourceKind;
import org.ecoledger.monitoring.simulator.UploadPeriod;
import org.ecoledger.support.kafka.TopicProvisioning;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Kafka alone, as the ingest uses it: per frame the raw frame to {@code hj212-raw-frames} and the
 * reading's JSON to {@code device-readings}, keyed by MN, through one producer with the ingest's
 * settings ({@code ReadingPublisher}), to the in-JVM broker the platform runs on
 * ({@link EmbeddedKafkaBroker}, topics as {@link TopicProvisioning} creates them), each frame counted
 * once Kafka acknowledged both records; and every reading read back once, read committed. The
 * records' bytes are made beforehand from the simulator's frames by the real decoder and the
 * platform's JSON settings, so this measures Kafka's share of a frame, not the ingest's.
 */
final class KafkaFloor {

    /** How the readings are read back. */
    enum Reader {
        /** A plain consumer, read committed, with no offsets committed: the least any reader does. */
        CONSUMER,
        /** Kafka Streams, exactly-once v2, with the accounting's commit interval and threads, counting each reading and nothing else. */
        STREAMS
    }

    /** The ingest's handler threads send; Hj212Server runs them on max(2, cores) threads. */
    private static final int SENDERS = 2;
    private static final String REGION = "510104";

    private KafkaFloor() {
    }

    record Result(Reader reader, CpuTimes.Interval interval, long consumedInWindow, long behindAtEnd, long failures, double rawBytes,
                  double readingBytes, Map<String, Double> producerMetrics) {
    }

    /**
     * Sends as fast as the broker acknowledges, with at most {@code devices} frames unanswered (each
     * device waits for its answer before its next frame), and measures over {@code duration} after
     * {@code warmup}.
     */
    static Result run(Reader reader, List<FloorBenchmark.LoadDevice> devices, Duration warmup, Duration duration) throws Exception {
        Template[] templates = templates(devices);
        try (var broker = EmbeddedKafkaBroker.start(null, 0)) {
            try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                TopicProvisioning.ensure(admin, List.of(Topics.RAW_FRAMES, Topics.DEVICE_READINGS), Duration.ofSeconds(30));
            }
            var consumed = new LongAdder();
            var readers = new ReaderThreads(reader, broker.bootstrapServers(), consumed);
            var acked = new LongAdder();
            var failures = new LongAdder();
            var window = new Semaphore(devices.size());
            var running = new AtomicBoolean(true);
            try (var producer = ingestProducer(broker.bootstrapServers())) {
                List<Thread> senders = new ArrayList<>();
                for (int s = 0; s < SENDERS; s++) {
                    int first = s;
                    Thread sender = new Thread(() -> send(producer, templates, first, window, running, acked, failures),
                            "floor-sender-" + s);
                    sender.start();
                    senders.add(sender);
                }
                Thread.sleep(warmup.toMillis());
                long self = ProcessHandle.current().pid();
                long ackedBefore = acked.sum();
                long consumedBefore = consumed.sum();
                var start = CpuTimes.Sample.of(self);
                Thread.sleep(duration.toMillis());
                var end = CpuTimes.Sample.of(self);
                long ackedInWindow = acked.sum() - ackedBefore;
                long consumedInWindow = consumed.sum() - consumedBefore;
                long behind = acked.sum() - consumed.sum();
                Map<String, Double> metrics = producerMetrics(producer);
                running.set(false);
                for (Thread sender : senders) {
                    sender.join();
                }
                readers.close();
                var interval = CpuTimes.Interval.between(start, end, ackedInWindow, List.of("this JVM: broker, producer, reader"));
                return new Result(reader, interval, consumedInWindow, behind, failures.sum(),
                        Arrays.stream(templates).mapToInt(t -> t.frame.length).average().orElse(0),
                        Arrays.stream(templates).mapToInt(t -> t.reading.length).average().orElse(0), metrics);
            }
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, Template[] templates, int first, Semaphore window,
                             AtomicBoolean running, LongAdder acked, LongAdder failures) {
        try {
            for (int i = first; running.get(); i = (i + SENDERS) % templates.length) {
                if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                Template t = templates[i];
                var both = new BothAcknowledged(window, acked, failures);
                producer.send(new ProducerRecord<>(Topics.RAW_FRAMES.name(), null, t.mn, t.frame, new RecordHeaders()
                        .add("remote-address", t.remoteAddress)
                        .add(EventHeaders.OCCURRED_AT, t.receivedAt)), both);
                producer.send(new ProducerRecord<>(Topics.DEVICE_READINGS.name(), null, t.mn, t.reading, new RecordHeaders()
                        .add(EventHeaders.EVENT_ID, t.readingKey)
                        .add(EventHeaders.EVENT_TYPE, t.eventType)
                        .add(EventHeaders.EVENT_REVISION, t.revision)
                        .add(EventHeaders.OCCURRED_AT, t.dataTime)), both);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A frame is answered once Kafka has acknowledged both its records, as the ingest answers it. */
    private static final class BothAcknowledged implements Callback {

        private final AtomicInteger waiting = new AtomicInteger(2);
        private final Semaphore window;
        private final LongAdder acked;
        private final LongAdder failures;

        BothAcknowledged(Semaphore window, LongAdder acked, LongAdder failures) {
            this.window = window;
            this.acked = acked;
            this.failures = failures;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception failure) {
            if (failure != null) {
                failures.increment();
            }
            if (waiting.decrementAndGet() == 0) {
                acked.increment();
                window.release();
            }
        }
    }

    /** The producer ReadingPublisher builds, with the default publish timeout (10 s) and compression (none) of monitoring-ingest.yml. */
    private static KafkaProducer<String, byte[]> ingestProducer(String bootstrapServers) {
        int timeout = 10_000;
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "monitoring-ingest-floor",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "none",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(timeout / 2, 1000),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 1000 + Math.max(timeout / 2, 1000))),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static Map<String, Double> producerMetrics(KafkaProducer<String, byte[]> producer) {
        Map<String, Double> wanted = new LinkedHashMap<>();
        for (String name : List.of("batch-size-avg", "records-per-request-avg", "request-rate", "record-send-rate")) {
            for (Map.Entry<MetricName, ? extends Metric> metric : producer.metrics().entrySet()) {
                if (metric.getKey().group().equals("producer-metrics") && metric.getKey().name().equals(name)) {
                    wanted.put(name, ((Number) metric.getValue().metricValue()).doubleValue());
                }
            }
        }
        return wanted;
    }

    /** The reader of the readings topic, on threads of its own. */
    private static final class ReaderThreads implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread consumerThread;
        private final KafkaStreams streams;
        private final Path stateDirectory;

        ReaderThreads(Reader reader, String bootstrapServers, LongAdder consumed) throws Exception {
            if (reader == Reader.CONSUMER) {
                streams = null;
                stateDirectory = null;
                consumerThread = new Thread(() -> consume(bootstrapServers, consumed), "floor-reader");
                consumerThread.start();
            } else {
                consumerThread = null;
                var builder = new StreamsBuilder();
                builder.stream(Topics.DEVICE_READINGS.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                        .foreach((key, value) -> consumed.increment());
                Properties properties = new Properties();
                properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "floor-" + UUID.randomUUID());
                properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                stateDirectory = Files.createTempDirectory("floor-streams");
                properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory.toString());
                properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
                // As EmissionAccountingRuntime runs the accounting by default: commits every 0.2 s on two stream threads.
                properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
                properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
                properties.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
                streams = new KafkaStreams(builder.build(), properties);
                streams.start();
            }
        }

        private void consume(String bootstrapServers, LongAdder consumed) {
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    // Kafka Streams' own default for its consumers.
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (int p = 0; p < Topics.DEVICE_READINGS.partitions(); p++) {
                    partitions.add(new TopicPartition(Topics.DEVICE_READINGS.name(), p));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                while (running.get()) {
                    consumed.add(consumer.poll(Duration.ofMillis(100)).count());
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            if (consumerThread != null) {
                consumerThread.join();
            }
            if (streams != null) {
                streams.close(Duration.ofSeconds(30));
                Directories.deleteRecursively(stateDirectory);
            }
        }
    }

    /** One device's frame and reading as the ingest would send them, with their headers' bytes. */
    private record Template(String mn, byte[] frame, byte[] reading, byte[] remoteAddress, byte[] receivedAt, byte[] readingKey,
                            byte[] eventType, byte[] revision, byte[] dataTime) {
    }

    /**
     * One minute upload per device, as the simulator encodes it (same generator, header and flag),
     * decoded by the ingest's decoder and turned into the published reading as {@code Readings} does,
     * written with the platform's JSON settings (Spring Boot's mapper with {@code monitoring-ingest.yml}'s
     * non-null inclusion and ISO dates).
     */
    private static Template[] templates(List<FloorBenchmark.LoadDevice> devices) throws Exception {
        ObjectMapper json = JsonMapper.builder().findAndAddModules().serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        Instant minute = Instant.parse("2026-11-24T02:00:00Z");
        Instant receivedAt = minute.plusSeconds(61);
        Template[] templates = new Template[devices.size()];
        for (int d = 0; d < templates.length; d++) {
            FloorBenchmark.LoadDevice device = devices.get(d);
            String mn = device.mn();
            String password = device.password();
            var spec = DeviceSpec.of(mn, password, SourceKind.FLUE_GAS, Scenario.NORMAL);
            String qn = String.format(Locale.ROOT, "20261124100100%03d", d % 1000);
            byte[] frame = Hj212Encoder.encode(new Header(qn, SourceKind.FLUE_GAS.systemCode(), UploadPeriod.MINUTE.cn(), password, mn, 5,
                    null, null), spec.generator().upload(minute, Duration.ofMinutes(1), "N"));
            Upload upload = Upload.of(DataSegmentParser.parse(Arrays.copyOfRange(frame, 6, frame.length - 6)));
            var reading = new DeviceReadingReceived(DeviceMn.of(mn), EnterpriseId.of(device.enterprise()), OutletCode.of(device.outlet()),
                    RegionCode.of(REGION), ReadingPeriod.MINUTE, upload.dataTime().toInstant(Validity.CHINA),
                    upload.factors().stream().map(KafkaFloor::factor).toList(), receivedAt);
            templates[d] = new Template(mn, frame, json.writeValueAsBytes(reading), utf8("/127.0.0.1:" + (20_000 + d % 40_000)),
                    utf8(receivedAt.toString()), utf8(reading.readingKey()),
                    utf8(Topics.DEVICE_READINGS.wireNameOf(DeviceReadingReceived.class)), utf8("1"), utf8(reading.dataTime().toString()));
        }
        return templates;
    }

    private static FactorReading factor(FactorValues values) {
        return new FactorReading(values.code(), values.rtd(), values.min(), values.avg(), values.max(), values.zsAvg(), values.cou(),
                DataFlag.fromCode(values.flag()).orElse(null));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static String text(Result result) {
        return String.format(Locale.ROOT, "acknowledged %.0f frames/s (%d in %.1f s), read back %d readings in the window, "
                        + "frames acknowledged less readings read at its end %d (below 0 when readings were read before their frame's "
                        + "raw record was acknowledged), %d failed sends; raw frame %.0f B, reading %.0f B; producer %s",
                result.interval().unitsPerSecond(), result.interval().units(), result.interval().seconds(), result.consumedInWindow(),
                result.behindAtEnd(), result.failures(), result.rawBytes(), result.readingBytes(),
                result.producerMetrics().entrySet().stream().map(m -> String.format(Locale.ROOT, "%s %.0f", m.getKey(), m.getValue()))
                        .collect(Collectors.joining(", ")));
    }
}
