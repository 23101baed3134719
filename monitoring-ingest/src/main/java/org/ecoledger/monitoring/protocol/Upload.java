package org.ecoledger.monitoring.protocol;

import java.time.LocalDateTime;
import java.util.ArrayList;
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

    private static final byte[] DATA_TIME = Ascii.bytes("DataTime");

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
        CommandParameters cp = packet.cp();
        byte[] bytes = cp.bytes();
        Deviations deviations = new Deviations();
        List<FactorValuesBuilder> factors = new ArrayList<>();
        LocalDateTime dataTime = null;
        boolean dataTimeSeen = false;
        FactorValuesBuilder current = null;
        for (int item = 0; item < cp.size(); item++) {
            int keyStart = cp.keyStart(item);
            int keyEnd = cp.keyEnd(item);
            int valueStart = cp.valueStart(item);
            int valueEnd = cp.valueEnd(item);
            if (Ascii.equals(bytes, keyStart, keyEnd, DATA_TIME)) {
                if (dataTimeSeen) {
                    deviations.add(Deviation.Type.DUPLICATE_CP_KEY, bytes, keyStart, valueEnd);
                } else {
                    dataTimeSeen = true;
                    dataTime = dataTime(bytes, valueStart, valueEnd, deviations);
                }
                continue;
            }
            int dash = cp.dash(item);
            if (dash < 0) {
                continue;
            }
            if (current == null || !cp.continuesFactor(item)) {
                current = find(factors, bytes, keyStart, dash);
            }
            if (!current.set(dash + 1, keyEnd, valueStart, valueEnd, deviations)) {
                deviations.add(Deviation.Type.DUPLICATE_CP_KEY, bytes, keyStart, valueEnd);
            }
        }
        if (!dataTimeSeen) {
            deviations.add(Deviation.Type.MISSING_DATA_TIME, "");
        }
        List<FactorValues> built = new ArrayList<>(factors.size());
        for (FactorValuesBuilder factor : factors) {
            built.add(factor.build());
        }
        return new Upload(dataTime, built, deviations.list());
    }

    private static FactorValuesBuilder find(List<FactorValuesBuilder> factors, byte[] bytes, int codeStart, int codeEnd) {
        for (FactorValuesBuilder factor : factors) {
            if (factor.hasCode(codeStart, codeEnd)) {
                return factor;
            }
        }
        FactorValuesBuilder added = new FactorValuesBuilder(bytes, codeStart, codeEnd);
        factors.add(added);
        return added;
    }

    private static LocalDateTime dataTime(byte[] bytes, int start, int end, Deviations deviations) {
        LocalDateTime time = DataTimes.parse(bytes, start, end);
        if (time == null) {
            deviations.add(Deviation.Type.BAD_DATA_TIME, bytes, start, end);
        } else if (end - start == DataTimes.LENGTH_WITH_MILLIS) {
            deviations.add(Deviation.Type.DATA_TIME_WITH_MILLIS, bytes, start, end);
        }
        return time;
    }
}
