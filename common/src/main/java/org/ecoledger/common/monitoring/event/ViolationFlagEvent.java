package org.ecoledger.common.monitoring.event;

import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

/**
 * What every event of one flag's episode names: the flag, what kind of violation it is, and whose
 * and where, so that a consumer can route or deduplicate any of them without knowing which it is.
 */
public sealed interface ViolationFlagEvent permits ViolationFlagRaised, ViolationFlagContinued, ViolationFlagCleared {

    String flagId();

    ViolationKind kind();

    EnterpriseId enterpriseId();

    RegionCode region();
}
