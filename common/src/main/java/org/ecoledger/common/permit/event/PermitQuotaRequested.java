package org.ecoledger.common.permit.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/**
 * A new or expanded project's permit (or amendment) waits for emission rights: trading-service is
 * asked to retire these from the enterprise's account and answers on {@code trading-events} with
 * the rights retired or the shortfall, for this permit and version. Recorded again when the
 * reviewer retries; the request for one version is always the same.
 *
 * @param version      the version of the permit's terms the rights are for: 1 for a new permit,
 *                     the next version for an amendment
 * @param requirements for a new permit every annual total, for an amendment each total's increase
 *                     over the version in force; of the vintage in which the new terms take effect
 */
@Revision("1")
public record PermitQuotaRequested(
        PermitId permitId,
        PermitNumber permitNumber,
        EnterpriseId enterpriseId,
        RegionCode region,
        int version,
        List<QuotaRequirement> requirements,
        Actor by,
        Instant at) implements PermitIntegrationEvent {
}
