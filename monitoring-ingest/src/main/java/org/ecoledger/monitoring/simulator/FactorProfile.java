package org.ecoledger.monitoring.simulator;

/**
 * One monitored factor of a source: its HJ 212 code, what it is, and how it behaves over time.
 *
 * @param mean          the long-run mean, in the code's default unit (mg/m³, mg/L, m³/s, L/s, %, °C…)
 * @param noise         minute-to-minute variation, relative to the mean
 * @param dailySwing    the day-night swing of load, relative to the mean
 * @param decimals      how many decimals the logger prints
 */
public record FactorProfile(String code, Role role, double mean, double noise, double dailySwing, int decimals) {

    /** What a factor contributes to an upload. */
    public enum Role {
        /** A controlled pollutant: concentration with its mass over the period ({@code -Cou}, kg). */
        POLLUTANT,
        /** The outlet's flow: its volume over the period ({@code -Cou}, m³). */
        FLOW,
        /** A condition of the stream (O2, temperature, pH…): values only. */
        CONDITION
    }

    public FactorProfile {
        if (mean < 0 || noise < 0 || noise >= 1 || dailySwing < 0 || dailySwing >= 1) {
            throw new IllegalArgumentException("a mean is non-negative and variations below 1: " + code);
        }
    }
}
