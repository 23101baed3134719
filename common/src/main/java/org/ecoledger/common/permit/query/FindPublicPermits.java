package org.ecoledger.common.permit.query;

import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

/**
 * The public disclosure search over issued permits; every criterion is optional. Answers with a
 * {@link PublicPermitPage}.
 */
public record FindPublicPermits(RegionCode region, String enterpriseName, Pollutant pollutant, PageRequest page) {

    public FindPublicPermits {
        if (page == null) {
            throw new IllegalArgumentException("a search returns one page at a time");
        }
    }
}
