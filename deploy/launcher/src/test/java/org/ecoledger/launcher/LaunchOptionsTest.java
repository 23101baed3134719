package org.ecoledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void bareFlagMeansTrueAsMavenReadsIt() {
        assertThat(LaunchOptions.flag("demo", "")).isTrue();
        assertThat(LaunchOptions.flag("demo", "true")).isTrue();
    }

    @Test
    void absentOrFalseFlagMeansFalse() {
        assertThat(LaunchOptions.flag("demo", null)).isFalse();
        assertThat(LaunchOptions.flag("demo", "false")).isFalse();
    }

    @Test
    void anyOtherValueIsRejectedRatherThanReadAsFalse() {
        assertThatThrownBy(() -> LaunchOptions.flag("demo", "yes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Ddemo");
    }
}
