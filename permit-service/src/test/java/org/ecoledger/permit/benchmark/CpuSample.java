package org.ecoledger.permit.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU used so far by this JVM (service, benchmark clients and the in-JVM Kafka broker), by its
 * JIT compiler threads, by the embedded PostgreSQL server and by the whole machine, whose
 * remainder is whatever else runs there. The JIT figure tells whether the warm-up was long
 * enough. Figures that need Linux's /proc or a local PostgreSQL process are NaN without them.
 */
record CpuSample(long wallNanos, long jvmCpuNanos, long postgresCpuNanos, long machineBusyTicks, long machineTotalTicks,
                 long jitTicks) {

    /** Cores kept busy between two samples. */
    record Use(double jvmCores, double jitCores, double postgresCores, double machineCores) {

        double otherCores() {
            return machineCores - jvmCores - postgresCores;
        }
    }

    static CpuSample now(Optional<ProcessHandle> postgres) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] machine = machineTicks();
        long postgresCpu = postgres.map(CpuSample::processTreeCpuNanos).orElse(-1L);
        return new CpuSample(System.nanoTime(), os.getProcessCpuTime(), postgresCpu, machine[0], machine[1], compilerThreadTicks());
    }

    /**
     * The embedded PostgreSQL server listening on this port. Found by its command line because it
     * does not stay this JVM's child; empty for a database in a container or elsewhere.
     */
    static Optional<ProcessHandle> postgresServer(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains("/bin/postgres ") && line.contains(" -p " + port + " "))
                        .isPresent())
                .findFirst();
    }

    Use since(CpuSample earlier) {
        double wall = wallNanos - earlier.wallNanos;
        long total = machineTotalTicks - earlier.machineTotalTicks;
        // /proc/stat sums the ticks of all cores, so a tick count over it is a share of the whole machine.
        double cores = total <= 0 ? Double.NaN : (double) Runtime.getRuntime().availableProcessors() / total;
        double postgres = postgresCpuNanos < 0 ? Double.NaN : (postgresCpuNanos - earlier.postgresCpuNanos) / wall;
        return new Use((jvmCpuNanos - earlier.jvmCpuNanos) / wall, (jitTicks - earlier.jitTicks) * cores, postgres,
                (machineBusyTicks - earlier.machineBusyTicks) * cores);
    }

    /** The server and its backends, one process per connection; they live as long as the connection pool keeps them. */
    private static long processTreeCpuNanos(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants())
                .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }

    /** Busy and total ticks of all cores from the first line of /proc/stat: user nice system idle iowait irq softirq steal. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[]{total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    /** User and system ticks of this JVM's C1 and C2 compiler threads; the MXBeans give only their wall time. */
    private static long compilerThreadTicks() {
        try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            return threads.filter(CpuSample::isCompilerThread).mapToLong(CpuSample::threadTicks).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isCompilerThread(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).contains("CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    /** Fields 14 and 15 of the thread's stat line, counted after the command name, which may itself hold spaces. */
    private static long threadTicks(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }
}
