package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;

/**
 * Whether a reading shows the source discharging: any factor not flagged F. A reading whose every
 * factor says the source stopped shows that nothing is discharged, which ends a
 * discharge-without-permit episode as surely as a valid permit does. A reading without factors
 * says nothing either way.
 */
public final class DischargeRule {

    private DischargeRule() {
    }

    public static boolean saysAnything(DeviceReadingReceived reading) {
        return !reading.factors().isEmpty();
    }

    public static boolean showsDischarge(DeviceReadingReceived reading) {
        return reading.factors().stream()
                .anyMatch(f -> HourlyMassRule.flagOf(f).validity() != DataFlag.Validity.SOURCE_STOPPED);
    }
}
