package org.ecoledger.monitoring.simulator;

/**
 * One simulated data logger: its MN and HJ 212 password as registered, the source it measures and
 * how that source behaves.
 *
 * @param seed fixes its readings; devices with the same seed and kind report the same values
 */
public record DeviceSpec(String mn, String password, SourceKind kind, Scenario scenario, long seed) {

    public DeviceSpec {
        if (mn == null || !mn.matches("[0-9A-F]{24}")) {
            throw new IllegalArgumentException("a 2017 MN is 24 upper-case hexadecimal characters: " + mn);
        }
        if (password == null || password.isEmpty() || password.length() > 6) {
            throw new IllegalArgumentException("an HJ 212 password has one to six characters");
        }
    }

    /** A device whose readings are seeded by its MN. */
    public static DeviceSpec of(String mn, String password, SourceKind kind, Scenario scenario) {
        return new DeviceSpec(mn, password, kind, scenario, mn.hashCode() * 0x9E3779B97F4A7C15L);
    }

    public ReadingGenerator generator() {
        return new ReadingGenerator(kind, seed, scenario);
    }
}
