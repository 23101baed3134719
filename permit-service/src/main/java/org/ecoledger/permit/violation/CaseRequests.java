package org.ecoledger.permit.violation;

import io.swagger.v3.oas.annotations.media.Schema;
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

    record Assignment(@Schema(example = "inspector-chengdu") String assignee) {
    }

    record Statement(@Schema(example = "The desulphurisation unit tripped; it was restarted and emissions are back within the limit.")
                     @NotBlank @Size(max = 20_000) String statement, @Size(max = 50) List<@NotBlank String> evidence) {
    }

    record PenaltyTerms(@Schema(example = "100000") BigDecimal fineYuan, @Schema(example = "10000") BigDecimal dailyPenaltyYuan,
                        @Schema(example = "2027-03-31") LocalDate rectificationDeadline,
                        @Schema(example = "6f1c2d3e-0000-4000-8000-000000000001") String suspendPermitId) {
        Penalties toPenalties() {
            return new Penalties(fineYuan == null ? null : Money.ofYuan(fineYuan),
                    dailyPenaltyYuan == null ? null : Money.ofYuan(dailyPenaltyYuan), rectificationDeadline,
                    suspendPermitId == null ? null : PermitId.of(suspendPermitId));
        }
    }

    record Confirmation(@NotNull @Valid PenaltyTerms penalties,
                        @Schema(example = "SO2 above its limit for 30 hours; the statement shows no cause beyond the operator's control")
                        @NotBlank String reason, @Schema(example = "1") Integer supersedes) {
    }

    record Dismissal(@Schema(example = "the exceedance came from an analyser fault the calibration record confirms")
                     @NotBlank String reason, @Schema(example = "1") Integer supersedes) {
    }
}
