package org.ecoledger.common.value;

/** What an outlet discharges into, which decides the concentration unit and the factor codes. */
public enum Medium {
    AIR(ConcentrationUnit.MG_PER_M3, "DA"),
    WATER(ConcentrationUnit.MG_PER_L, "DW");

    private final ConcentrationUnit concentrationUnit;
    private final String outletPrefix;

    Medium(ConcentrationUnit concentrationUnit, String outletPrefix) {
        this.concentrationUnit = concentrationUnit;
        this.outletPrefix = outletPrefix;
    }

    public ConcentrationUnit concentrationUnit() {
        return concentrationUnit;
    }

    public String outletPrefix() {
        return outletPrefix;
    }
}
