package org.ecoledger.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HostWritebackTest {

    @TempDir
    Path proc;

    @Test
    void theKernelsDefaultRatioOnAMachineWithMuchMemoryDrawsAWarningWithTheSettingToUse() throws IOException {
        host("0", "10", "MemTotal:       24572608 kB");

        HostWriteback writeback = new HostWriteback(proc);

        assertThat(writeback.backgroundThresholdBytes()).isEqualTo(24572608L * 1024 / 100 * 10);
        assertThat(writeback.warning()).hasValueSatisfying(warning -> assertThat(warning)
                .contains("2399 MB").contains(HostWriteback.ADVICE));
    }

    @Test
    void aByteSettingOutranksTheRatioAndSixtyFourMegabytesDrawNoWarning() throws IOException {
        host("67108864", "10", "MemTotal:       24572608 kB");

        assertThat(new HostWriteback(proc).warning()).isEmpty();
    }

    @Test
    void theDefaultRatioOnASmallMachineStaysUnderTheLimit() throws IOException {
        // 10 % of 2 GB: about 200 MB
        host("0", "10", "MemTotal:        2048000 kB");

        assertThat(new HostWriteback(proc).warning()).isEmpty();
    }

    @Test
    void aHostWithoutTheseFilesDrawsNoWarning() {
        assertThat(new HostWriteback(proc.resolve("absent")).warning()).isEmpty();
    }

    private void host(String bytes, String ratio, String memTotal) throws IOException {
        Files.createDirectories(proc.resolve("sys/vm"));
        Files.writeString(proc.resolve("sys/vm/dirty_background_bytes"), bytes + "\n");
        Files.writeString(proc.resolve("sys/vm/dirty_background_ratio"), ratio + "\n");
        Files.writeString(proc.resolve("meminfo"), memTotal + "\nMemFree:        1000 kB\n");
    }
}
