package org.ecoledger.monitoring.benchmark;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.monitoring.support.StackPermits;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The end-to-end benchmark's load: its enterprises, how its devices spread over their outlets, and
 * the simulator's arguments. Shared with {@link FloorBenchmark} so that both drive the same devices
 * the same way; it starts nothing, unlike {@link IngestBenchmark}, whose class brings up the
 * platform's test infrastructure.
 */
final class BenchmarkLoad {

    static final int ENTERPRISES = 10;
    static final int OUTLETS_PER_ENTERPRISE = 10;

    private BenchmarkLoad() {
    }

    /** The load's enterprises' credit codes. */
    static List<String> enterprises() {
        List<String> enterprises = new ArrayList<>();
        for (int e = 0; e < ENTERPRISES; e++) {
            enterprises.add(creditCode(String.format(Locale.ROOT, "91510104MA6LDX%03d", e)));
        }
        return enterprises;
    }

    /** The outlet of load device {@code d}: the devices are dealt to the enterprises in turn, then to their outlets. */
    static String outlet(int d, int enterprises) {
        return StackPermits.stack(d / enterprises % OUTLETS_PER_ENTERPRISE + 1);
    }

    /** The simulator's command line for the load's devices at {@code rate} frames/s offered. */
    static List<String> simulatorArguments(Path devicesFile, int port, double rate, IngestBenchmark.Settings settings) {
        return List.of("--devices-file", devicesFile.toString(), "--port", String.valueOf(port), "--rate", String.valueOf(rate),
                "--minute-interval", "1", "--periods", "minute,hour", "--frames-per-second", "15", "--answer-timeout", "PT10S",
                "--threads", "2", "--connects-per-second", "5000", "--warmup", settings.warmup().toString(),
                "--duration", settings.warmup().plus(settings.duration()).toString(), "--report-every", "PT10S");
    }

    static String creditCode(String first17) {
        return first17 + EnterpriseId.checkCharacter(first17);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
