package org.ecoledger.common.enforcement.event;

import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/**
 * The enforcement events other services consume: published on {@code enforcement-events}, keyed by
 * enterprise. The trading service keeps its blacklist from them. Sealed, so adding one is a
 * deliberate contract change.
 */
public sealed interface EnforcementIntegrationEvent permits CreditLevelAssigned, EnterpriseBlacklisted, BlacklistingLifted {

    EnterpriseId enterpriseId();

    RegionCode region();

    Actor by();

    Instant at();
}
