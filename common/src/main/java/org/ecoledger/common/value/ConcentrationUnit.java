package org.ecoledger.common.value;

public enum ConcentrationUnit {
    /** Flue gas: standard dry conditions at the reference O2 of the emission standard. */
    MG_PER_M3("mg/m³"),
    MG_PER_L("mg/L");

    private final String symbol;

    ConcentrationUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
