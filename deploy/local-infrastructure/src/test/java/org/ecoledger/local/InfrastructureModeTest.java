package org.ecoledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InfrastructureModeTest {

    @Test
    void nothingConfiguredMeansAutomatic() {
        assertThat(InfrastructureMode.from(null, null)).isEqualTo(InfrastructureMode.AUTOMATIC);
        assertThat(InfrastructureMode.from(" ", "")).isEqualTo(InfrastructureMode.AUTOMATIC);
    }

    @Test
    void systemPropertyWinsOverEnvironment() {
        assertThat(InfrastructureMode.from("embedded", "containers"))
                .isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(InfrastructureMode.from(null, "Containers"))
                .isEqualTo(InfrastructureMode.CONTAINERS);
    }

    @Test
    void unknownValueIsAnErrorRatherThanSilentlyAutomatic() {
        assertThatThrownBy(() -> InfrastructureMode.from("docker", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("docker");
    }
}
