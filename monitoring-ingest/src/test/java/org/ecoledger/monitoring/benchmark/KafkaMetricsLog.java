package org.ecoledger.monitoring.benchmark;

import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the accounting's Kafka metrics to a file once a second, one line per value (epoch
 * milliseconds, MBean, attribute, value, tab-separated), while the benchmark runs. Where a flag's
 * time goes is in them and not in the benchmark's figures: the end-to-end latency of records at each
 * task's sources and sinks (how old a reading is when a task processes it), the commit latency and
 * rate of each stream thread, the lag of each input partition, and how often a task processed
 * although an input was empty.
 */
final class KafkaMetricsLog {

    private static final List<String> DOMAINS = List.of("kafka.streams", "kafka.consumer", "kafka.producer");
    private static final Pattern ATTRIBUTES = Pattern.compile("record-e2e-latency-(avg|max)|records-lag-max|enforced-processing-total"
            + "|(commit|poll|process)-(latency-avg|latency-max|rate|ratio)|blocked-time-ns-total|txn-.*-time-ns-total|flush-time-ns-total");

    private KafkaMetricsLog() {
    }

    /** Starts writing to the file on a daemon thread, which ends with the JVM. */
    static void start(Path file, String applicationId) {
        Thread writer = new Thread(() -> write(file, applicationId), "kafka-metrics-log");
        writer.setDaemon(true);
        writer.start();
    }

    private static void write(Path file, String applicationId) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.currentTimeMillis();
                for (String domain : DOMAINS) {
                    for (ObjectName name : server.queryNames(new ObjectName(domain + ":*"), null)) {
                        // The ingest's producer and the benchmark's own clients are left out.
                        if (name.toString().contains(applicationId)) {
                            writeAttributes(server, name, now, out);
                        }
                    }
                }
                out.flush();
                // PrintWriter keeps its I/O errors to itself: without this a full disk would end the log without a word.
                if (out.checkError()) {
                    System.err.println("benchmark: the Kafka metrics could no longer be written to " + file + "; the log ends here");
                    return;
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAttributes(MBeanServer server, ObjectName name, long now, PrintWriter out) {
        try {
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (ATTRIBUTES.matcher(attribute.getName()).matches()) {
                    out.println(now + "\t" + name + "\t" + attribute.getName() + "\t" + server.getAttribute(name, attribute.getName()));
                }
            }
        } catch (JMException e) {
            // A task's or thread's metrics go away when it closes, between listing them and reading them.
        }
    }
}
