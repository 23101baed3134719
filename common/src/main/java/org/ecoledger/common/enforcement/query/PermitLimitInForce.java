package org.ecoledger.common.enforcement.query;

import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.value.Concentration;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

/**
 * A limit of one of the enterprise's permits that bears on a case: the concentration limit of an
 * outlet, or the annual total of a pollutant (the other field empty).
 */
public record PermitLimitInForce(PermitNumber permitNumber, PermitStatus status, OutletCode outlet, Pollutant pollutant,
                                 Concentration concentrationLimit, String emissionStandard, Mass annualTotal) {
}
