package org.ecoledger.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How much changed file data the kernel lets pile up before it starts writing it back, read from
 * {@code /proc}. The local run's PostgreSQL shares this host: with the kernel's default (10 % of
 * memory) the pages it adds to the growing event store and read models are written only once they
 * are 30 s old, hundreds of megabytes in one second, and the commits' log fsyncs wait behind them.
 * At 5,000 orders placed/s that decided the trading ledger's p99 (trading README, tenth and eleventh
 * rounds). The platform cannot change the setting from inside; it can say so.
 */
final class HostWriteback {

    /**
     * Between what was measured: 64 MB (what the README asks for) kept the p99 under 50 ms, the
     * default on this 24 GB VM (about 2.4 GB) did not. 256 MB itself was not measured.
     */
    static final long MOST_WITHOUT_WARNING = 256L << 20;
    static final String ADVICE = "sysctl -w vm.dirty_background_bytes=67108864";

    private final Path proc;

    HostWriteback(Path proc) {
        this.proc = proc;
    }

    static HostWriteback ofThisHost() {
        return new HostWriteback(Path.of("/proc"));
    }

    /** The warning to log, if the kernel starts writing back only above {@link #MOST_WITHOUT_WARNING}; none where /proc cannot tell. */
    Optional<String> warning() {
        try {
            long threshold = backgroundThresholdBytes();
            if (threshold <= MOST_WITHOUT_WARNING) {
                return Optional.empty();
            }
            return Optional.of(String.format("The kernel starts writing changed files back only when %d MB of them are waiting "
                    + "(vm.dirty_background_bytes/ratio); PostgreSQL's commits then wait behind bursts of its new pages. "
                    + "For steady commit latency run `%s` as root (and persist it in /etc/sysctl.d/); see the README.",
                    threshold >> 20, ADVICE));
        } catch (IOException | RuntimeException e) {
            // Not Linux, or a /proc that hides these: nothing to say.
            return Optional.empty();
        }
    }

    /**
     * The byte setting wins when set; otherwise the ratio applies to the memory the page cache may
     * use, which is at most MemTotal: an upper bound, near the truth on a host whose memory is mostly
     * free or cache, as a database host's is.
     */
    long backgroundThresholdBytes() throws IOException {
        long bytes = Long.parseLong(firstLine(proc.resolve("sys/vm/dirty_background_bytes")));
        if (bytes > 0) {
            return bytes;
        }
        long ratio = Long.parseLong(firstLine(proc.resolve("sys/vm/dirty_background_ratio")));
        return memTotalBytes() / 100 * ratio;
    }

    private long memTotalBytes() throws IOException {
        for (String line : Files.readAllLines(proc.resolve("meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                // "MemTotal:       24572608 kB"
                return Long.parseLong(line.substring("MemTotal:".length()).replace("kB", "").trim()) * 1024;
            }
        }
        throw new IOException("no MemTotal in " + proc.resolve("meminfo"));
    }

    /** Through readAllLines: Files.readString got only the first character of these files on one machine. */
    private static String firstLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.get(0).trim();
    }
}
