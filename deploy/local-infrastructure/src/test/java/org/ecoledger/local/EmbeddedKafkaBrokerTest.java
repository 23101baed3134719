package org.ecoledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @Test
    void recordProducedBeforeStopIsConsumableAfterRestartOnTheSameAddress() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(null, 0)) {
            String address = broker.bootstrapServers();
            produce(address, "permits", "p-1", "issued");

            broker.stop();
            broker.start();

            assertThat(broker.bootstrapServers()).isEqualTo(address);
            assertThat(consumeValues(address, "permits", 1)).containsExactly("issued");
        }
    }

    @Test
    void brokerStartedAgainOnItsLogDirectoryStillHasTheTopicAndItsRecords(@TempDir Path logs)
            throws Exception {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(logs, 0)) {
            produce(first.bootstrapServers(), "trades", "t-1", "settled");
        }

        try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(logs, 0)) {
            try (Admin admin =
                    Admin.create(
                            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains("trades");
            }
            assertThat(consumeValues(second.bootstrapServers(), "trades", 1)).containsExactly("settled");
        }
    }

    @Test
    void temporaryLogDirectoryIsDeletedOnClose() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(null, 0);
        Path logs = broker.logDirectory();

        broker.close();

        assertThat(logs).doesNotExist();
    }

    private static void produce(String bootstrapServers, String topic, String key, String value)
            throws Exception {
        Map<String, Object> config =
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeValues(String bootstrapServers, String topic, int expected) {
        Map<String, Object> config =
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
