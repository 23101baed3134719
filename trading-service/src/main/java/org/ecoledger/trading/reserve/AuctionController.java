package org.ecoledger.trading.reserve;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.command.CloseAuction;
import org.ecoledger.common.trading.command.OpenAuction;
import org.ecoledger.common.trading.command.SubmitBid;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.trading.auction.AuctionResult;
import org.ecoledger.trading.ledger.LedgerCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/** Sealed-bid auctions of reserve rights, cleared at one uniform price; ties go to the earlier bid. */
@RestController
@RequestMapping("/api/trading/areas/{area}/auctions")
@Tag(name = "Government reserve")
@SecurityRequirement(name = "bearer")
class AuctionController {

    /** Without {@code opensAt} bidding opens at once. */
    record Opening(@Schema(example = "c7dd0313-b137-417f-b6b9-a2e952b28ae6") @NotBlank String auctionId,
                   @Schema(example = "SO2/510100/2027") @NotBlank String quotaClass,
                   @Schema(example = "1000") @Positive long quantityKilograms,
                   @Schema(example = "50") @Positive long reservePrice, @Schema(example = "2027-03-02T01:30:00Z") Instant opensAt,
                   @Schema(example = "2027-03-16T07:00:00Z") @NotNull Instant closesAt) {
    }

    record SealedBid(@Schema(example = "91510104MA6CHP001C") @NotBlank String enterprise, @Schema(example = "60") @Positive long price,
                     @Schema(example = "100") @Positive long quantityKilograms) {
    }

    private final LedgerCommands ledger;
    private final Clock clock;

    AuctionController(LedgerCommands ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Operation(summary = "Offer reserve rights at auction (reviewer of the region); prices in fen per kilogram",
            description = "Bids are taken from opensAt (at once if absent or past) until closesAt; a bid outside that window answers 409 AUCTION_NOT_OPEN.")
    @PostMapping
    ResponseEntity<Void> open(@PathVariable String area, @Valid @RequestBody Opening body, @AuthenticationPrincipal Actor actor) {
        ledger.send(new OpenAuction(TradingAreaId.of(area), AuctionId.of(body.auctionId()), QuotaClass.parse(body.quotaClass()),
                Quantities.kilograms(body.quantityKilograms()), Price.ofFenPerKilogram(body.reservePrice()), body.opensAt(), body.closesAt(), actor,
                clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Bid; the bid's cash is held until the auction clears")
    @PostMapping("/{auctionId}/bids")
    ResponseEntity<Void> bid(@PathVariable String area, @PathVariable String auctionId, @Valid @RequestBody SealedBid body,
                             @AuthenticationPrincipal Actor actor) {
        ledger.send(new SubmitBid(TradingAreaId.of(area), AuctionId.of(auctionId), EnterpriseId.of(body.enterprise()),
                Price.ofFenPerKilogram(body.price()), Quantities.kilograms(body.quantityKilograms()), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Close and clear the auction after its closing time: one price for every winner")
    @PostMapping("/{auctionId}/closing")
    AuctionResult close(@PathVariable String area, @PathVariable String auctionId, @AuthenticationPrincipal Actor actor) {
        return ledger.send(new CloseAuction(TradingAreaId.of(area), AuctionId.of(auctionId), actor, clock.instant()));
    }
}
