package org.ecoledger.trading.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went between two readings, in cores kept busy: the benchmark's client
 * threads, the rest of this JVM (the service and the in-JVM Kafka broker), the PostgreSQL server
 * with its backends, and everything else (kernel, other people's work on a shared machine). Linux
 * only for the machine and PostgreSQL figures; NaN elsewhere.
 */
final class MachineUse {

    /** One reading; CPU in nanoseconds, the machine in /proc/stat ticks. */
    record Reading(long wall, long process, long clients, long postgres, long machineBusy, long machineAll, long jitMillis,
                   long gcCount, long gcMillis, String loadAverage) {
    }

    /**
     * Cores busy between two readings, the JIT compiler's time in that span (its threads together; a
     * large figure says the warm-up was too short for the JVM to be measured at its steady speed),
     * and the load averages (1, 5, 15 min) at both ends.
     */
    record Use(double clients, double service, double postgres, double others, double machine, double jitSeconds, long collections,
               double collectionSeconds, String loadBefore, String loadAfter) {
    }

    private final List<Thread> clients;
    private final Optional<ProcessHandle> postgres;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    MachineUse(List<Thread> clients, int postgresPort) {
        this.clients = clients;
        this.postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().filter(line -> line.contains("/bin/postgres ") && line.contains(" -p " + postgresPort + " ")).isPresent())
                .findFirst();
    }

    Reading read() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long clientCpu = clients.stream().mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
        long postgresCpu = postgres.map(server -> Stream.concat(Stream.of(server), server.descendants())
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum()).orElse(-1L);
        Ticks ticks = Ticks.read();
        var collectors = ManagementFactory.getGarbageCollectorMXBeans();
        return new Reading(System.nanoTime(), os.getProcessCpuTime(), clientCpu, postgresCpu, ticks.busy(), ticks.all(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionCount())).sum(),
                collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionTime())).sum(), loadAverage());
    }

    Use between(Reading from, Reading to) {
        double wall = to.wall() - from.wall();
        double clientCores = (to.clients() - from.clients()) / wall;
        double serviceCores = (to.process() - from.process()) / wall - clientCores;
        double postgresCores = from.postgres() < 0 ? Double.NaN : (to.postgres() - from.postgres()) / wall;
        long allTicks = to.machineAll() - from.machineAll();
        double machineCores = allTicks <= 0 ? Double.NaN
                : (double) (to.machineBusy() - from.machineBusy()) / allTicks * Runtime.getRuntime().availableProcessors();
        return new Use(clientCores, serviceCores, postgresCores, machineCores - clientCores - serviceCores - postgresCores, machineCores,
                (to.jitMillis() - from.jitMillis()) / 1e3, to.gcCount() - from.gcCount(), (to.gcMillis() - from.gcMillis()) / 1e3,
                from.loadAverage(), to.loadAverage());
    }

    /** The whole machine's CPU from {@code /proc/stat}, in ticks summed over its cores; zeros where there is none. */
    record Ticks(long busy, long all, long steal) {

        static final Ticks UNKNOWN = new Ticks(0, 0, 0);

        /** user nice system idle iowait irq softirq steal: busy is all but idle and iowait. */
        static Ticks read() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long all = 0;
                for (int i = 1; i <= 8; i++) {
                    all += Long.parseLong(f[i]);
                }
                return new Ticks(all - Long.parseLong(f[4]) - Long.parseLong(f[5]), all, Long.parseLong(f[8]));
            } catch (IOException | RuntimeException e) {
                return UNKNOWN;
            }
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
