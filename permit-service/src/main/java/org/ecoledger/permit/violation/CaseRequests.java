package org.ecoledger.permit.violation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the case API; amounts in yuan as people write them, turned into whole fen. */
final class CaseRequests {

    private CaseRequests() {
    }

    record Assignment(String assignee) {
    }

    record Statement(@NotBlank @Size(max = 20_000) String statement, @Size(max = 50) List<@NotBlank String> evidence) {
    }

    record PenaltyTerms(BigDecimal fineYuan, BigDecimal dailyPenaltyYuan, LocalDate rectificationDeadline, String suspendPermitId) {
        Penalties toPenalties() {
            return new Penalties(fineYuan == null ? null : Money.ofYuan(fineYuan),
                    dailyPenaltyYuan == null ? null : Money.ofYuan(dailyPenaltyYuan), rectificationDeadline,
                    suspendPermitId == null ? null : PermitId.of(suspendPermitId));
        }
    }

    record Confirmation(@NotNull @Valid PenaltyTerms penalties, @NotBlank String reason, Integer supersedes) {
    }

    record Dismissal(@NotBlank String reason, Integer supersedes) {
    }
}
