package org.ecoledger.common.permit;

import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;

/** An annual total the enterprise commits to that is stricter than its permitted one; the difference may be traded. */
public record VoluntaryCommitment(Pollutant pollutant, Mass perYear) {

    public VoluntaryCommitment {
        if (pollutant == null || perYear == null || perYear.isNegative()) {
            throw new IllegalArgumentException("a voluntary commitment needs a pollutant and a mass of zero or more");
        }
    }
}
