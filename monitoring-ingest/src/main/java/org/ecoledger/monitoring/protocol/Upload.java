package org.ecoledger.monitoring.protocol;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The typed view of a data upload's CP (2011, 2051, 2061, 2031 and the like): DataTime and the
 * values per factor, read straight from the packet's bytes.
 *
 * @param dataTime   the period start (the sampling instant for real-time data), device local
 *                   time; null if missing or invalid, which a deviation then says
 * @param factors    one entry per factor code, in the order first sent
 * @param deviations what in CP did not read as the standard says
 */
public record Upload(LocalDateTime dataTime, List<FactorValues> factors, List<Deviation> deviations) {

    public Upload {
        factors = List.copyOf(factors);
        deviations = List.copyOf(deviations);
    }

    public Optional<FactorValues> factor(String code) {
        for (FactorValues factor : factors) {
            if (factor.code().equals(code)) {
                return Optional.of(factor);
            }
        }
        return Optional.empty();
    }

    /** Reads the packet's CP as an upload, the first of a repeated field winning; never throws on device data. */
    public static Upload of(Packet packet) {
        return UploadReader.read(packet);
    }
}
