package org.ecoledger.monitoring.simulator;

import java.util.List;

import static org.ecoledger.monitoring.simulator.FactorProfile.Role.CONDITION;
import static org.ecoledger.monitoring.simulator.FactorProfile.Role.FLOW;
import static org.ecoledger.monitoring.simulator.FactorProfile.Role.POLLUTANT;

/**
 * The two kinds of source the platform controls, each with the factors its analysers report and
 * typical values: a coal-fired unit of about 300 MW behind desulphurisation and denitrification
 * (ultra-low emission: SO2 35, NOx 50, particulate 10 mg/m³), and the treated effluent of a mill
 * discharging about 5,000 m³ a day.
 */
public enum SourceKind {

    FLUE_GAS("31", List.of(
            new FactorProfile("a21026", POLLUTANT, 18, 0.12, 0.10, 2),
            new FactorProfile("a21002", POLLUTANT, 32, 0.10, 0.10, 2),
            new FactorProfile("a34013", POLLUTANT, 4.5, 0.15, 0.05, 2),
            new FactorProfile("a00000", FLOW, 150, 0.04, 0.15, 2),
            new FactorProfile("a19001", CONDITION, 6.0, 0.05, 0.02, 2),
            new FactorProfile("a01012", CONDITION, 48, 0.03, 0.05, 1),
            new FactorProfile("a01013", CONDITION, 100.8, 0.002, 0, 2),
            new FactorProfile("a01014", CONDITION, 8.5, 0.05, 0.03, 2))),

    WASTEWATER("32", List.of(
            new FactorProfile("w01018", POLLUTANT, 45, 0.10, 0.08, 2),
            new FactorProfile("w21003", POLLUTANT, 3.2, 0.15, 0.10, 3),
            new FactorProfile("w00000", FLOW, 58, 0.05, 0.20, 2),
            new FactorProfile("w01001", CONDITION, 7.3, 0.02, 0.01, 2)));

    /** The reference O2 of GB 13223-2011 for coal-fired boilers, for the O2-corrected average. */
    static final double REFERENCE_O2_PERCENT = 6.0;
    static final String O2 = "a19001";

    private final String systemCode;
    private final List<FactorProfile> factors;

    SourceKind(String systemCode, List<FactorProfile> factors) {
        this.systemCode = systemCode;
        this.factors = factors;
    }

    /** HJ 212's ST: 31 atmospheric source, 32 surface-water source. */
    public String systemCode() {
        return systemCode;
    }

    public List<FactorProfile> factors() {
        return factors;
    }

    public FactorProfile factor(String code) {
        return factors.stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this + " has no factor " + code));
    }

    public FactorProfile flow() {
        return factors.stream().filter(f -> f.role() == FLOW).findFirst().orElseThrow();
    }

    /** A flow of one unit for one second, in m³: flue gas is measured in m³/s, wastewater in L/s. */
    public double cubicMetresPerFlowSecond() {
        return this == FLUE_GAS ? 1 : 0.001;
    }

    /** kg per (concentration unit × m³): mg/m³ × m³ is mg; mg/L × m³ is g. */
    public double kilogramsPerConcentrationCubicMetre() {
        return this == FLUE_GAS ? 1e-6 : 1e-3;
    }

    /** The mean hourly mass of a pollutant in kg, at a concentration and flow. */
    public double kilogramsPerHour(double concentration, double flow) {
        return concentration * flow * cubicMetresPerFlowSecond() * 3600 * kilogramsPerConcentrationCubicMetre();
    }

    public static SourceKind parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "flue-gas", "cems", "air", "31" -> FLUE_GAS;
            case "wastewater", "water", "32" -> WASTEWATER;
            default -> throw new IllegalArgumentException("a source kind is flue-gas or wastewater, not " + text);
        };
    }
}
