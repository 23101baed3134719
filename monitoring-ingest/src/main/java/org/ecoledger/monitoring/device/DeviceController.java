package org.ecoledger.monitoring.device;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.ProtocolEdition;
import org.ecoledger.common.monitoring.command.ChangeDeviceFraming;
import org.ecoledger.common.monitoring.command.DecommissionDevice;
import org.ecoledger.common.monitoring.command.RegisterDevice;
import org.ecoledger.common.monitoring.command.ReinstateDevice;
import org.ecoledger.common.monitoring.command.RotateDeviceSecret;
import org.ecoledger.common.monitoring.command.SuspendDevice;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.monitoring.directory.PermitDirectory;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The device registry: the bureau of the enterprise's region manages devices; an enterprise sees its own. */
@RestController
@RequestMapping("/api/devices")
@Tag(name = "Device registry")
@SecurityRequirement(name = "bearer")
class DeviceController {

    private final CommandGateway commands;
    private final DeviceDirectory devices;
    private final PermitDirectory permits;
    private final DeviceActivity activity;
    private final Clock clock;

    DeviceController(CommandGateway commands, DeviceDirectory devices, PermitDirectory permits, DeviceActivity activity, Clock clock) {
        this.commands = commands;
        this.devices = devices;
        this.permits = permits;
        this.activity = activity;
        this.clock = clock;
    }

    /** {@code crcVariant} defaults to the standard's, {@code framing} to what the CRC variant implies (lenient for Modbus loggers). */
    record Registration(@Schema(example = "010000A8900016F000169DC1") @NotBlank String mn,
                        @Schema(example = "91510104MA6CG0LK2N") @NotBlank String enterpriseId,
                        @Schema(example = "DA001") @NotBlank String outlet,
                        @Schema(example = "HJ212_2017") @NotNull ProtocolEdition protocol,
                        @Schema(example = "3600") @Min(1) @Max(86_400) int dataIntervalSeconds, CrcVariant crcVariant,
                        DeviceFraming framing) {
    }

    record FramingChange(@NotNull DeviceFraming framing,
                         @Schema(example = "the logger drops its CRC trailer until its firmware is updated") @NotBlank String reason) {
    }

    /** The only time the device's password is shown: the caller configures the logger with it. */
    record Credentials(String mn, String password) {
    }

    record Reason(@Schema(example = "the SO2 analyser is being replaced during scheduled maintenance") @NotBlank String reason) {
    }

    /** A device as the registry shows it; never its secret. */
    record DeviceView(String mn, String enterpriseId, String region, String outlet, ProtocolEdition protocol, long dataIntervalSeconds,
                      CrcVariant crcVariant, DeviceFraming framing, DeviceStatus status) {
        static DeviceView of(RegisteredDevice d) {
            return new DeviceView(d.mn().value(), d.enterpriseId().value(), d.region().value(), d.outlet().value(), d.protocol(),
                    d.dataInterval().toSeconds(), d.crcVariant(), d.framing(), d.status());
        }
    }

    @Operation(summary = "Register a device to an outlet of a permitted enterprise; answers its password once")
    @PostMapping
    ResponseEntity<Credentials> register(@Valid @RequestBody Registration body, @AuthenticationPrincipal Actor actor) {
        DeviceMn mn = DeviceMn.of(body.mn());
        EnterpriseId enterprise = EnterpriseId.of(body.enterpriseId());
        OutletCode outlet = OutletCode.of(body.outlet());
        RegionCode region = permits.regionOf(enterprise)
                .orElseThrow(() -> new NotFound("enterprise " + enterprise + " holds no permit known to monitoring"));
        if (!permits.hasOutlet(enterprise, outlet)) {
            throw new IllegalArgumentException("outlet " + outlet + " is not in any permit of " + enterprise);
        }
        CrcVariant crc = body.crcVariant() == null ? CrcVariant.STANDARD : body.crcVariant();
        var issued = DeviceSecrets.issue();
        commands.sendAndWait(new RegisterDevice(mn, enterprise, region, outlet, body.protocol(), Duration.ofSeconds(body.dataIntervalSeconds()),
                crc, body.framing() == null ? DeviceFraming.defaultFor(crc) : body.framing(), issued.secret(), actor, clock.instant()));
        return ResponseEntity.created(URI.create("/api/devices/" + mn)).body(new Credentials(mn.value(), issued.password()));
    }

    @Operation(summary = "Give a device a new password; the old one stops working")
    @PostMapping("/{mn}/secret-rotation")
    Credentials rotate(@PathVariable String mn, @AuthenticationPrincipal Actor actor) {
        var issued = DeviceSecrets.issue();
        commands.sendAndWait(new RotateDeviceSecret(DeviceMn.of(mn), issued.secret(), actor, clock.instant()));
        return new Credentials(DeviceMn.of(mn).value(), issued.password());
    }

    @Operation(summary = "Set how the device's frames are cut and judged: STANDARD, or LENIENT for a logger that drops its trailer "
            + "or sends longer segments; a connection takes it up when the device next connects")
    @PutMapping("/{mn}/framing")
    ResponseEntity<Void> changeFraming(@PathVariable String mn, @Valid @RequestBody FramingChange body, @AuthenticationPrincipal Actor actor) {
        commands.sendAndWait(new ChangeDeviceFraming(DeviceMn.of(mn), body.framing(), body.reason(), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Suspend a device: its frames are refused until it is reinstated")
    @PostMapping("/{mn}/suspension")
    ResponseEntity<Void> suspend(@PathVariable String mn, @Valid @RequestBody Reason body, @AuthenticationPrincipal Actor actor) {
        commands.sendAndWait(new SuspendDevice(DeviceMn.of(mn), body.reason(), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Reinstate a suspended device")
    @PostMapping("/{mn}/reinstatement")
    ResponseEntity<Void> reinstate(@PathVariable String mn, @Valid @RequestBody Reason body, @AuthenticationPrincipal Actor actor) {
        commands.sendAndWait(new ReinstateDevice(DeviceMn.of(mn), body.reason(), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Decommission a device for good")
    @PostMapping("/{mn}/decommissioning")
    ResponseEntity<Void> decommission(@PathVariable String mn, @Valid @RequestBody Reason body, @AuthenticationPrincipal Actor actor) {
        commands.sendAndWait(new DecommissionDevice(DeviceMn.of(mn), body.reason(), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Devices the caller may see: an enterprise its own, the bureau its jurisdiction")
    @GetMapping
    List<DeviceView> list(@RequestParam(required = false) String enterpriseId, @AuthenticationPrincipal Actor actor) {
        EnterpriseId enterprise = actor.is(ActorRole.ENTERPRISE) ? actor.enterprise()
                : enterpriseId == null ? null : EnterpriseId.of(enterpriseId);
        return devices.list(actor.jurisdiction(), enterprise).stream().map(DeviceView::of).toList();
    }

    /** A device with what the ingest has seen of it. */
    record DeviceDetails(DeviceView device, DeviceActivity.Status activity) {
    }

    @Operation(summary = "One device and its status: online, last frame, last data time, frames accepted and rejected by reason")
    @GetMapping("/{mn}")
    DeviceDetails find(@PathVariable String mn, @AuthenticationPrincipal Actor actor) {
        RegisteredDevice device = devices.find(DeviceMn.of(mn)).orElseThrow(() -> new NotFound("no device " + mn));
        Guards.requireAccess(actor, device.enterpriseId(), device.region());
        return new DeviceDetails(DeviceView.of(device), activity.status(device.mn()));
    }
}
