package org.ecoledger.common.permit.query;

import org.ecoledger.common.permit.PermitTerms;

import java.time.Instant;

/** One version of a permit's terms; version 1 is what was issued, every amendment adds one. */
public record TermsVersion(int version, PermitTerms terms, Instant effectiveAt, String reason) {
}
