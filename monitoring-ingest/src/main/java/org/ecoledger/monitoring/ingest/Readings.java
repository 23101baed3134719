package org.ecoledger.monitoring.ingest;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.monitoring.device.RegisteredDevice;
import org.ecoledger.monitoring.protocol.FactorValues;
import org.ecoledger.monitoring.protocol.MessageKind;
import org.ecoledger.monitoring.protocol.Upload;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/** Turns a device's upload into the published reading. */
final class Readings {

    private Readings() {
    }

    /** The period an upload covers; empty for messages that carry no emission data (status, restart, field info). */
    static Optional<ReadingPeriod> periodOf(MessageKind kind) {
        return switch (kind) {
            case REAL_TIME -> Optional.of(ReadingPeriod.REAL_TIME);
            case MINUTE -> Optional.of(ReadingPeriod.MINUTE);
            case HOURLY -> Optional.of(ReadingPeriod.HOUR);
            case DAILY -> Optional.of(ReadingPeriod.DAY);
            default -> Optional.empty();
        };
    }

    /** Devices keep Beijing time and the protocol carries no zone. */
    static Instant instantOf(LocalDateTime dataTime) {
        return dataTime.toInstant(Validity.CHINA);
    }

    static DeviceReadingReceived reading(RegisteredDevice device, ReadingPeriod period, Upload upload, Instant receivedAt) {
        return new DeviceReadingReceived(device.mn(), device.enterpriseId(), device.outlet(), device.region(), period,
                instantOf(upload.dataTime()), upload.factors().stream().map(Readings::factor).toList(), receivedAt);
    }

    private static FactorReading factor(FactorValues values) {
        return new FactorReading(values.code(), values.rtd(), values.min(), values.avg(), values.max(), values.zsAvg(), values.cou(),
                DataFlag.fromCode(values.flag()).orElse(null));
    }
}
