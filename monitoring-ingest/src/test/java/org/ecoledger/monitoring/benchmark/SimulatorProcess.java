package org.ecoledger.monitoring.benchmark;

import org.ecoledger.monitoring.simulator.SimulatorCommand;
import org.ecoledger.monitoring.simulator.SimulatorReport;
import org.ecoledger.monitoring.support.MonitoringFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's command in a JVM of its own, as a user runs it: the platform's JVM then holds
 * only the platform, so its heap and threads are the platform's.
 */
final class SimulatorProcess {

    private final Process process;
    private final Path output;

    private SimulatorProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static SimulatorProcess start(String name, List<String> arguments) throws IOException {
        Path output = Files.createTempFile("simulator-" + name, ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), SimulatorCommand.class.getName()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new SimulatorProcess(process, output);
    }

    /** Waits for the command to end and reads its final report. */
    SimulatorReport await(long timeoutSeconds) throws Exception {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(output);
        String report = lines.stream().filter(l -> l.startsWith(SimulatorCommand.REPORT_PREFIX)).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("the simulator printed no report; its output:\n" + String.join("\n", lines)));
        return MonitoringFixture.JSON.readValue(report.substring(SimulatorCommand.REPORT_PREFIX.length()), SimulatorReport.class);
    }

    long pid() {
        return process.pid();
    }
}
