package org.ecoledger.common.enforcement.query;

import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One case with what the inspector decides on: the flag's figures and how the violation went on,
 * the evidence, the current decision and its penalties, and every step (refusals included).
 */
public record ViolationCaseDetails(
        ViolationCaseSummary summary,
        String flagId,
        ExecutionReportId reportId,
        BigDecimal observed,
        BigDecimal limit,
        String detail,
        long durationHours,
        BigDecimal peak,
        Mass exceeded,
        Instant flagClearedAt,
        int decision,
        Penalties penalties,
        Instant decidedAt,
        Money accruedDailyPenalty,
        LocalDate accruedThrough,
        LocalDate violationEndedOn,
        boolean rectificationOverdue,
        List<CaseHistoryEntry> history,
        CaseEvidence evidence) {
}
