package org.ecoledger.common.permit.query;

import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.time.LocalDate;

/**
 * The bureau's permit register: permits inside a jurisdiction, optionally narrowed by status,
 * class, a pollutant with an annual total, and a window for the last day of validity.
 * Answers with a {@link PermitPage}.
 */
public record FindPermitRegister(
        RegionCode jurisdiction,
        PermitStatus status,
        ManagementClass managementClass,
        Pollutant pollutant,
        LocalDate validUntilFrom,
        LocalDate validUntilTo,
        PageRequest page) {

    public FindPermitRegister {
        if (jurisdiction == null || page == null) {
            throw new IllegalArgumentException("the register is searched within a jurisdiction, one page at a time");
        }
    }
}
