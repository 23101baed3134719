package org.ecoledger.common.permit.query;

import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.VoluntaryCommitment;

import java.util.List;

/**
 * A permit as its holder and the bureau see it: current terms, every version of them, and
 * the audit trail of who did what, when and why.
 */
public record PermitDetails(
        PermitSummary summary,
        PermitTerms terms,
        List<VoluntaryCommitment> voluntaryCommitments,
        boolean renewalRequested,
        List<TermsVersion> versions,
        List<PermitHistoryEntry> history) {
}
