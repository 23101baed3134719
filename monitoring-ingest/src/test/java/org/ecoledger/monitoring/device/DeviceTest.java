package org.ecoledger.monitoring.device;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceSecret;
import org.ecoledger.common.monitoring.ProtocolEdition;
import org.ecoledger.common.monitoring.command.ChangeDeviceFraming;
import org.ecoledger.common.monitoring.command.DecommissionDevice;
import org.ecoledger.common.monitoring.command.RegisterDevice;
import org.ecoledger.common.monitoring.command.ReinstateDevice;
import org.ecoledger.common.monitoring.command.RotateDeviceSecret;
import org.ecoledger.common.monitoring.command.SuspendDevice;
import org.ecoledger.common.monitoring.event.DeviceDecommissioned;
import org.ecoledger.common.monitoring.event.DeviceFramingChanged;
import org.ecoledger.common.monitoring.event.DeviceRegistered;
import org.ecoledger.common.monitoring.event.DeviceReinstated;
import org.ecoledger.common.monitoring.event.DeviceSecretRotated;
import org.ecoledger.common.monitoring.event.DeviceSuspended;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.support.web.RequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceTest {

    private static final DeviceMn MN = DeviceMn.of("010000A8900016F000169DC0");
    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510104MA6CG0LK2N");
    private static final RegionCode REGION = RegionCode.of("510104");
    private static final Actor CHENGDU_REVIEWER = Actor.reviewer("reviewer-chengdu", RegionCode.of("510100"));
    private static final Actor MIANYANG_REVIEWER = Actor.reviewer("reviewer-mianyang", RegionCode.of("510700"));
    private static final Actor ENTERPRISE_USER = Actor.enterprise("chengdu-power", ENTERPRISE);
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final DeviceSecret SECRET = new DeviceSecret("SHA-256", "00", "ab");
    private static final DeviceRegistered REGISTERED = new DeviceRegistered(MN, ENTERPRISE, REGION, OutletCode.of("DA001"),
            ProtocolEdition.HJ212_2017, Duration.ofMinutes(1), CrcVariant.STANDARD, DeviceFraming.STANDARD, SECRET, CHENGDU_REVIEWER, NOW);

    private AggregateTestFixture<Device> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Device.class);
    }

    private static RegisterDevice registration(Actor by) {
        return registration(by, DeviceFraming.STANDARD);
    }

    private static RegisterDevice registration(Actor by, DeviceFraming framing) {
        return new RegisterDevice(MN, ENTERPRISE, REGION, OutletCode.of("DA001"), ProtocolEdition.HJ212_2017, Duration.ofMinutes(1),
                CrcVariant.STANDARD, framing, SECRET, by, NOW);
    }

    private static ChangeDeviceFraming framing(DeviceFraming framing, Actor by) {
        return new ChangeDeviceFraming(MN, framing, "the logger drops its CR LF", by, NOW);
    }

    @Test
    void aReviewerOfTheRegionRegistersADevice() {
        fixture.givenNoPriorActivity().when(registration(CHENGDU_REVIEWER)).expectEvents(REGISTERED);
    }

    @Test
    void aReviewerOfAnotherRegionCannotRegisterADevice() {
        fixture.givenNoPriorActivity().when(registration(MIANYANG_REVIEWER)).expectException(NotPermitted.class);
    }

    @Test
    void anEnterpriseCannotRegisterItsOwnDevice() {
        fixture.givenNoPriorActivity().when(registration(ENTERPRISE_USER)).expectException(NotPermitted.class);
    }

    @Test
    void aDeviceWithTheStandardCrcCanBeRegisteredForLenientFraming() {
        fixture.givenNoPriorActivity().when(registration(CHENGDU_REVIEWER, DeviceFraming.LENIENT))
                .expectEvents(new DeviceRegistered(MN, ENTERPRISE, REGION, OutletCode.of("DA001"), ProtocolEdition.HJ212_2017,
                        Duration.ofMinutes(1), CrcVariant.STANDARD, DeviceFraming.LENIENT, SECRET, CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aReviewerOfTheRegionChangesADevicesFraming() {
        fixture.given(REGISTERED).when(framing(DeviceFraming.LENIENT, CHENGDU_REVIEWER))
                .expectEvents(new DeviceFramingChanged(MN, DeviceFraming.LENIENT, "the logger drops its CR LF", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void settingTheFramingADeviceHasAlreadyRecordsNothing() {
        fixture.given(REGISTERED).when(framing(DeviceFraming.STANDARD, CHENGDU_REVIEWER)).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(REGISTERED, new DeviceFramingChanged(MN, DeviceFraming.LENIENT, "drops CR LF", CHENGDU_REVIEWER, NOW))
                .when(framing(DeviceFraming.LENIENT, CHENGDU_REVIEWER)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void onlyTheBureauOfTheRegionChangesADevicesFraming() {
        fixture.given(REGISTERED).when(framing(DeviceFraming.LENIENT, MIANYANG_REVIEWER)).expectException(NotPermitted.class);
        fixture.given(REGISTERED).when(framing(DeviceFraming.LENIENT, ENTERPRISE_USER)).expectException(NotPermitted.class);
    }

    @Test
    void aDecommissionedDevicesFramingCannotBeChanged() {
        fixture.given(REGISTERED, new DeviceDecommissioned(MN, "replaced", CHENGDU_REVIEWER, NOW))
                .when(framing(DeviceFraming.LENIENT, CHENGDU_REVIEWER))
                .expectException(RequestRefused.class);
    }

    @Test
    void aSecretCanBeRotated() {
        var rotated = new DeviceSecret("SHA-256", "01", "cd");
        fixture.given(REGISTERED).when(new RotateDeviceSecret(MN, rotated, CHENGDU_REVIEWER, NOW))
                .expectEvents(new DeviceSecretRotated(MN, rotated, CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aSuspendedDeviceIsReinstatedAndOnlyThen() {
        fixture.given(REGISTERED).when(new SuspendDevice(MN, "analyser fault", CHENGDU_REVIEWER, NOW))
                .expectEvents(new DeviceSuspended(MN, "analyser fault", CHENGDU_REVIEWER, NOW));
        fixture.given(REGISTERED, new DeviceSuspended(MN, "fault", CHENGDU_REVIEWER, NOW))
                .when(new ReinstateDevice(MN, "repaired", CHENGDU_REVIEWER, NOW))
                .expectEvents(new DeviceReinstated(MN, "repaired", CHENGDU_REVIEWER, NOW));
        fixture.given(REGISTERED).when(new ReinstateDevice(MN, "not suspended", CHENGDU_REVIEWER, NOW))
                .expectException(RequestRefused.class);
    }

    @Test
    void aDecommissionedDeviceCannotBeUsedAgain() {
        fixture.given(REGISTERED).when(new DecommissionDevice(MN, "replaced", CHENGDU_REVIEWER, NOW))
                .expectEvents(new DeviceDecommissioned(MN, "replaced", CHENGDU_REVIEWER, NOW));
        fixture.given(REGISTERED, new DeviceDecommissioned(MN, "replaced", CHENGDU_REVIEWER, NOW))
                .when(new RotateDeviceSecret(MN, SECRET, CHENGDU_REVIEWER, NOW))
                .expectException(RequestRefused.class);
    }

    @Test
    void aDevicePasswordIsCheckedAgainstItsSaltedHashOnly() {
        var issued = DeviceSecrets.issue();
        assertThat(issued.password()).hasSize(6);
        assertThat(issued.secret().hash()).doesNotContain(issued.password());
        assertThat(DeviceSecrets.matches(issued.secret(), issued.password())).isTrue();
        assertThat(DeviceSecrets.matches(issued.secret(), issued.password() + "x")).isFalse();
        assertThat(DeviceSecrets.matches(issued.secret(), null)).isFalse();
    }
}
