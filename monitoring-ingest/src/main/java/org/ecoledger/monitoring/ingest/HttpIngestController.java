package org.ecoledger.monitoring.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.monitoring.accounting.AccountingConfig;
import org.ecoledger.monitoring.device.RegisteredDevice;
import org.ecoledger.monitoring.emissions.AccountingProperties;
import org.ecoledger.monitoring.platform.MonitoringProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Readings from gateways that do not speak HJ 212, in JSON batches. The device authenticates
 * with HTTP Basic (its MN and password); the batch gets the same checks and deduplication as TCP
 * frames and is answered 202 only once every new reading is in Kafka. A 503 means nothing can be
 * assumed stored: resend the batch, duplicates are recognised.
 */
@RestController
@RequestMapping("/ingest")
@Tag(name = "HTTP ingest")
class HttpIngestController {

    static final String CHANNEL = "http";
    private static final int MAXIMUM_BATCH = 1000;

    private final ReadingIntake intake;
    private final Clock clock;
    private final Duration timeout;
    private final Duration datedAheadUpTo;

    HttpIngestController(ReadingIntake intake, Clock clock, MonitoringProperties properties, AccountingProperties accounting) {
        this.intake = intake;
        this.clock = clock;
        this.timeout = properties.kafka().publishTimeout().multipliedBy(2);
        this.datedAheadUpTo = accounting.readingsDatedAheadUpTo();
    }

    record Factor(@Schema(example = "a21026") @NotBlank String code, @Schema(example = "28.3") BigDecimal rtd,
                  @Schema(example = "25.6") BigDecimal min, @Schema(example = "28.0") BigDecimal avg,
                  @Schema(example = "31.2") BigDecimal max, @Schema(example = "30.4") BigDecimal zsAvg,
                  @Schema(example = "1.1") BigDecimal cou, @Schema(example = "N") String flag) {
        FactorReading toReading() {
            DataFlag dataFlag = flag == null ? null
                    : DataFlag.fromCode(flag).orElseThrow(() -> new IllegalArgumentException("unknown data flag " + flag));
            return new FactorReading(code, rtd, min, avg, max, zsAvg, cou, dataFlag);
        }
    }

    record Reading(@NotNull ReadingPeriod period, @Schema(example = "2026-11-23T16:00:00+08:00") @NotNull OffsetDateTime dataTime,
                   @NotEmpty List<@NotNull @Valid Factor> factors) {
    }

    record Batch(@NotEmpty @Size(max = MAXIMUM_BATCH) List<@NotNull @Valid Reading> readings) {
    }

    record Receipt(int accepted, int duplicates) {
    }

    @Operation(summary = "Submit a batch of readings as a device (HTTP Basic: MN and password)")
    @PostMapping("/readings")
    ResponseEntity<Receipt> ingest(@RequestHeader(name = "Authorization", required = false) String authorization,
                                   @Valid @RequestBody Batch batch) {
        RegisteredDevice device = authenticate(authorization);
        Instant receivedAt = clock.instant();
        refuseReadingsDatedAhead(device, batch, receivedAt);
        List<CompletableFuture<Boolean>> writes = batch.readings().stream()
                .map(r -> intake.accept(device, new DeviceReadingReceived(device.mn(), device.enterpriseId(), device.outlet(),
                        device.region(), r.period(), r.dataTime().toInstant(),
                        r.factors().stream().map(Factor::toReading).toList(), receivedAt), CHANNEL))
                .toList();
        try {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            intake.reject(device.mn(), Rejection.PUBLISH_FAILED, CHANNEL);
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "readings could not be stored; resend the batch");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted; resend the batch");
        }
        int accepted = (int) writes.stream().filter(CompletableFuture::join).count();
        return ResponseEntity.accepted().body(new Receipt(accepted, writes.size() - accepted));
    }

    /**
     * Unlike a logger on TCP, which would resend a frame left unanswered for ever, a gateway can be
     * told: a batch with a reading the accounting would refuse as dated ahead is refused whole, before
     * anything of it is stored, so that it comes again once the device's clock is set.
     */
    private void refuseReadingsDatedAhead(RegisteredDevice device, Batch batch, Instant receivedAt) {
        for (Reading reading : batch.readings()) {
            if (AccountingConfig.isDatedAhead(reading.dataTime().toInstant(), receivedAt, datedAheadUpTo)) {
                intake.reject(device.mn(), Rejection.DATED_AHEAD, CHANNEL);
                throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "a reading is dated " + reading.dataTime()
                        + ", more than " + datedAheadUpTo + " after the platform received it at " + receivedAt
                        + ": set the device's clock and resend the batch");
            }
        }
    }

    private RegisteredDevice authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "a device authenticates with HTTP Basic: its MN and password");
        }
        String[] credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8).split(":", 2);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "malformed Basic credentials");
        }
        DeviceMn mn;
        try {
            mn = DeviceMn.of(credentials[0]);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "unknown device");
        }
        var admission = intake.admit(mn, credentials.length > 1 ? credentials[1] : null, CHANNEL);
        if (!admission.admitted()) {
            throw admission.rejection() == Rejection.RATE_LIMITED
                    ? new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "too many requests from this device")
                    : new ResponseStatusException(HttpStatus.UNAUTHORIZED, "unknown device, wrong password or device not active");
        }
        return admission.device();
    }
}
