package org.ecoledger.monitoring.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageKindTest {

    @ParameterizedTest
    @EnumSource(ProtocolVersion.class)
    void theDataUploadsMeanTheSameInEveryVersion(ProtocolVersion version) {
        assertThat(MessageKind.of(version, "2011")).isEqualTo(MessageKind.REAL_TIME);
        assertThat(MessageKind.of(version, "2051")).isEqualTo(MessageKind.MINUTE);
        assertThat(MessageKind.of(version, "2061")).isEqualTo(MessageKind.HOURLY);
        assertThat(MessageKind.of(version, "2031")).isEqualTo(MessageKind.DAILY);
        assertThat(MessageKind.of(version, "2021")).isEqualTo(MessageKind.STATUS);
        assertThat(MessageKind.of(version, "2041")).isEqualTo(MessageKind.STATUS);
    }

    @Test
    void cn9015IsAHeartbeatOnlyIn2025() {
        assertThat(MessageKind.of(ProtocolVersion.V2025, "9015")).isEqualTo(MessageKind.HEARTBEAT);
        assertThat(MessageKind.of(ProtocolVersion.V2017, "9015")).isEqualTo(MessageKind.OTHER);
    }

    @Test
    void alarmsExistOnlyIn2005() {
        assertThat(MessageKind.of(ProtocolVersion.V2005, "2072")).isEqualTo(MessageKind.ALARM);
        assertThat(MessageKind.of(ProtocolVersion.V2017, "2072")).isEqualTo(MessageKind.OTHER);
    }

    @Test
    void codesAddedIn2017AreUnderstoodFromHybridDevicesWithoutFlag() {
        assertThat(MessageKind.of(ProtocolVersion.V2017, "2081")).isEqualTo(MessageKind.RESTART);
        assertThat(MessageKind.of(ProtocolVersion.V2005, "2081")).isEqualTo(MessageKind.RESTART);
        assertThat(MessageKind.of(ProtocolVersion.V2025, "3020")).isEqualTo(MessageKind.FIELD_INFO);
        assertThat(MessageKind.of(ProtocolVersion.V2017, "1013")).isEqualTo(MessageKind.NOTIFICATION);
    }

    @Test
    void anUnknownVersionIsTrustedOnlyForTheCodesEveryVersionShares() {
        assertThat(MessageKind.of(ProtocolVersion.UNKNOWN, "2051")).isEqualTo(MessageKind.MINUTE);
        assertThat(MessageKind.of(ProtocolVersion.UNKNOWN, "2081")).isEqualTo(MessageKind.OTHER);
    }

    @Test
    void answersFromDevicesAreResponses() {
        assertThat(MessageKind.of(ProtocolVersion.V2017, "9011")).isEqualTo(MessageKind.RESPONSE);
        assertThat(MessageKind.RESPONSE.isUpload()).isFalse();
        assertThat(MessageKind.MINUTE.isUpload()).isTrue();
    }
}
