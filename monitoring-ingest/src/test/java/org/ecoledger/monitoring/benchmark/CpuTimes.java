package org.ecoledger.monitoring.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time from Linux's {@code /proc}: of processes, split into user and system time, and of the
 * whole machine. The machine's figure also holds what no process is charged with, such as
 * loopback TCP's softirq work done outside a process's own time slice.
 */
final class CpuTimes {

    /** Clock ticks a second of {@code /proc}'s figures: USER_HZ, which Linux fixes at 100 on x86-64 ({@code getconf CLK_TCK}). */
    private static final double TICKS_PER_SECOND = 100;

    private CpuTimes() {
    }

    /** One process's CPU time so far, in seconds. */
    record Process(long pid, String command, double user, double system) {

        static Process of(long pid) {
            return parse(pid, read(Path.of("/proc", Long.toString(pid), "stat")));
        }

        private static Process parse(long pid, String stat) {
            // Field 2 (the command) is in parentheses and may hold spaces; fields 14 and 15 follow it.
            int close = stat.lastIndexOf(')');
            String[] fields = stat.substring(close + 2).split(" ");
            return new Process(pid, stat.substring(stat.indexOf('(') + 1, close), Long.parseLong(fields[11]) / TICKS_PER_SECOND,
                    Long.parseLong(fields[12]) / TICKS_PER_SECOND);
        }

        /** Every process now, kernel threads included; those that end while being read are left out. */
        static Map<Long, Process> all() {
            Map<Long, Process> all = new HashMap<>();
            try (var entries = Files.list(Path.of("/proc"))) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    String name = entry.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit)) {
                        try {
                            long pid = Long.parseLong(name);
                            all.put(pid, parse(pid, Files.readString(entry.resolve("stat"))));
                        } catch (IOException | RuntimeException gone) {
                            // It ended between the listing and the read.
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return all;
        }

        static Process self() {
            return of(ProcessHandle.current().pid());
        }

        double total() {
            return user + system;
        }

        Process since(Process earlier) {
            return new Process(pid, command, user - earlier.user, system - earlier.system);
        }
    }

    /**
     * The machine's CPU time so far, in seconds summed over its cores, from the first line of
     * {@code /proc/stat}. Steal is time the hypervisor gave to others while this VM wanted to run.
     */
    record Machine(double user, double system, double softirq, double idle, double steal) {

        static Machine now() {
            String first = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow();
            String[] f = first.trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal guest guest_nice; guest time is already in user.
            double user = (Long.parseLong(f[1]) + Long.parseLong(f[2])) / TICKS_PER_SECOND;
            double system = (Long.parseLong(f[3]) + Long.parseLong(f[6])) / TICKS_PER_SECOND;
            double softirq = Long.parseLong(f[7]) / TICKS_PER_SECOND;
            double idle = (Long.parseLong(f[4]) + Long.parseLong(f[5])) / TICKS_PER_SECOND;
            double steal = Long.parseLong(f[8]) / TICKS_PER_SECOND;
            return new Machine(user, system, softirq, idle, steal);
        }

        /** Time the cores ran anything: user, system (with hard interrupts) and softirq. */
        double busy() {
            return user + system + softirq;
        }

        Machine since(Machine earlier) {
            return new Machine(user - earlier.user, system - earlier.system, softirq - earlier.softirq, idle - earlier.idle,
                    steal - earlier.steal);
        }
    }

    /** The processes measured and every other one, and the machine, at one moment, with the wall clock. */
    record Sample(long nanos, List<Process> processes, Map<Long, Process> all, Machine machine) {

        static Sample of(long... pids) {
            List<Process> processes = new ArrayList<>();
            for (long pid : pids) {
                processes.add(Process.of(pid));
            }
            return new Sample(System.nanoTime(), processes, Process.all(), Machine.now());
        }
    }

    /**
     * What happened between two samples, per unit of work (frames): each process's CPU and the
     * machine's, as cores busy and as µs of CPU per unit.
     */
    record Interval(double seconds, long units, List<String> names, List<Process> processes, List<Process> others, Machine machine) {

        static Interval between(Sample start, Sample end, long units, List<String> names) {
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < start.processes().size(); i++) {
                processes.add(end.processes().get(i).since(start.processes().get(i)));
            }
            List<Process> others = new ArrayList<>();
            for (Process now : end.all().values()) {
                Process before = start.all().get(now.pid());
                boolean measured = processes.stream().anyMatch(p -> p.pid() == now.pid());
                if (!measured) {
                    others.add(before == null ? now : now.since(before));
                }
            }
            others.sort(Comparator.comparingDouble(Process::total).reversed());
            return new Interval((end.nanos() - start.nanos()) / 1e9, units, names, processes, others,
                    end.machine().since(start.machine()));
        }

        /** The busiest processes besides those measured, as {@code command pid: cores}, those over 0.005 cores. */
        String busiestOthers(int count) {
            return others.stream().limit(count).filter(p -> p.total() / seconds >= 0.005)
                    .map(p -> String.format(Locale.ROOT, "%s %d: %.3f", p.command(), p.pid(), p.total() / seconds))
                    .collect(Collectors.joining(", "));
        }

        double unitsPerSecond() {
            return units / seconds;
        }

        double microsPerUnit(double cpuSeconds) {
            return units == 0 ? Double.NaN : cpuSeconds * 1e6 / units;
        }

        /** The machine's busy time not charged to the processes measured: softirq elsewhere, kernel threads, anything else running. */
        double rest() {
            return machine.busy() - processes.stream().mapToDouble(Process::total).sum();
        }

        /** Markdown rows: one per process, the rest of the machine, and the machine. */
        String rows() {
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < processes.size(); i++) {
                Process p = processes.get(i);
                rows.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.1f | %.1f |%n", names.get(i), p.total() / seconds,
                        microsPerUnit(p.total()), microsPerUnit(p.user()), microsPerUnit(p.system())));
            }
            rows.append(String.format(Locale.ROOT, "| rest of the machine (softirq, kernel threads, other processes) | %.2f | %.1f | | |%n",
                    rest() / seconds, microsPerUnit(rest())));
            rows.append(String.format(Locale.ROOT, "| machine, all cores (of which softirq) | %.2f | %.1f | %.1f | %.1f (%.1f) |%n",
                    machine.busy() / seconds, microsPerUnit(machine.busy()), microsPerUnit(machine.user()),
                    microsPerUnit(machine.system() + machine.softirq()), microsPerUnit(machine.softirq())));
            rows.append(String.format(Locale.ROOT, "| machine idle / stolen by the hypervisor | %.2f / %.2f | | | |%n",
                    machine.idle() / seconds, machine.steal() / seconds));
            rows.append(String.format(Locale.ROOT, "%nBusiest other processes, cores: %s%n", busiestOthers(8)));
            return rows.toString();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
