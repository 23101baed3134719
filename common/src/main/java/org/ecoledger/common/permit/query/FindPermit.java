package org.ecoledger.common.permit.query;

import org.ecoledger.common.permit.PermitId;

/** Answers with the {@link PermitDetails} of one permit, or nothing. */
public record FindPermit(PermitId permitId) {
}
