package org.ecoledger.monitoring.accounting;

/** The running total of one enterprise, year and pollutant, kept by the topology. */
public record AnnualEmission(long emittedGrams, long substitutedGrams) {

    public static final AnnualEmission NONE = new AnnualEmission(0, 0);

    AnnualEmission replacing(HourSlot old, HourSlot slot) {
        long oldGrams = old == null ? 0 : old.grams();
        long oldSubstituted = old == null ? 0 : old.substitutedGrams();
        return new AnnualEmission(
                Math.addExact(emittedGrams, slot.grams() - oldGrams),
                Math.addExact(substitutedGrams, slot.substitutedGrams() - oldSubstituted));
    }
}
