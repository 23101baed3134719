package org.ecoledger.common.permit;

import java.time.Instant;

/**
 * The applicant's signed commitment that the application is truthful. The person's identity
 * lives in the service's erasable personal-data store; the event stream keeps only the
 * reference, so that it never holds personal data it cannot forget.
 */
public record ResponsibleCommitment(String responsiblePersonRef, String statementDigest, Instant signedAt) {

    public ResponsibleCommitment {
        if (responsiblePersonRef == null || responsiblePersonRef.isBlank()) {
            throw new IllegalArgumentException("a commitment is signed by a named responsible person");
        }
        if (statementDigest == null || !statementDigest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a commitment carries the SHA-256 digest of the signed statement");
        }
        if (signedAt == null) {
            throw new IllegalArgumentException("a commitment records when it was signed");
        }
    }
}
