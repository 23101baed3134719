package org.ecoledger.common.trading;

import org.ecoledger.common.value.Mass;

/** Rights of one class retired for a permit. */
public record RetiredQuota(QuotaClass quotaClass, Mass quantity) {
}
