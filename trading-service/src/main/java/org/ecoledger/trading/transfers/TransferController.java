package org.ecoledger.trading.transfers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.trading.command.AcceptTransfer;
import org.ecoledger.common.trading.command.ApproveTransfer;
import org.ecoledger.common.trading.command.DeclineTransfer;
import org.ecoledger.common.trading.command.ProposeTransfer;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.trading.ledger.LedgerCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

/** Negotiated transfers: one party proposes, the other accepts, the bureau approves; rights and cash move only on approval. */
@RestController
@RequestMapping("/api/trading/areas/{area}/transfers")
@Tag(name = "Negotiated transfers")
@SecurityRequirement(name = "bearer")
class TransferController {

    record Proposal(@Schema(example = "2c96d9e1-47cc-44a8-bb7d-92eb1191b9f2") @NotBlank String transferId,
                    @Schema(example = "91510700MA6MYP002G") @NotBlank String seller,
                    @Schema(example = "91510104MA6CHP001C") @NotBlank String buyer,
                    @Schema(example = "SO2/510100/2027") @NotBlank String quotaClass,
                    @Schema(example = "100") @Positive long quantityKilograms,
                    @Schema(example = "60") @Positive long price) {
    }

    record Reason(@Schema(example = "the parties no longer agree on the price") @NotBlank String reason) {
    }

    private final LedgerCommands ledger;
    private final Clock clock;

    TransferController(LedgerCommands ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Operation(summary = "Propose a transfer (seller or buyer); price in fen per kilogram")
    @PostMapping
    ResponseEntity<Void> propose(@PathVariable String area, @Valid @RequestBody Proposal body, @AuthenticationPrincipal Actor actor) {
        TransferId id = TransferId.of(body.transferId());
        ledger.send(new ProposeTransfer(TradingAreaId.of(area), id, EnterpriseId.of(body.seller()), EnterpriseId.of(body.buyer()),
                QuotaClass.parse(body.quotaClass()), Quantities.kilograms(body.quantityKilograms()), Price.ofFenPerKilogram(body.price()),
                actor, clock.instant()));
        return ResponseEntity.created(URI.create("/api/trading/areas/" + area + "/transfers/" + id)).build();
    }

    @Operation(summary = "The other party accepts", description = "A transfer accepted, settled or declined already answers 409 TRANSFER_NOT_PENDING.")
    @PostMapping("/{transferId}/acceptance")
    ResponseEntity<Void> accept(@PathVariable String area, @PathVariable String transferId, @AuthenticationPrincipal Actor actor) {
        ledger.send(new AcceptTransfer(TradingAreaId.of(area), TransferId.of(transferId), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The bureau approves: rights and cash move now, or the approval is refused",
            description = "A transfer not yet accepted, or settled or declined already, answers 409 TRANSFER_NOT_PENDING.")
    @PostMapping("/{transferId}/approval")
    ResponseEntity<Void> approve(@PathVariable String area, @PathVariable String transferId, @AuthenticationPrincipal Actor actor) {
        ledger.send(new ApproveTransfer(TradingAreaId.of(area), TransferId.of(transferId), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A party or the bureau declines", description = "A transfer settled or declined already answers 409 TRANSFER_NOT_PENDING.")
    @PostMapping("/{transferId}/decline")
    ResponseEntity<Void> decline(@PathVariable String area, @PathVariable String transferId, @Valid @RequestBody Reason body,
                                 @AuthenticationPrincipal Actor actor) {
        ledger.send(new DeclineTransfer(TradingAreaId.of(area), TransferId.of(transferId), body.reason(), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
