package org.ecoledger.trading.reserve;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.command.CloseBuyBack;
import org.ecoledger.common.trading.command.OfferBuyBack;
import org.ecoledger.common.trading.command.SellToReserve;
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

import java.time.Clock;

/** Buy-back: the bureau offers to buy rights into the reserve at a set price, paid from the reserve's cash. */
@RestController
@RequestMapping("/api/trading/areas/{area}/buy-backs")
@Tag(name = "Government reserve")
@SecurityRequirement(name = "bearer")
class BuyBackController {

    record Offer(@Schema(example = "9d747671-d49d-4d6e-a998-5b1de8fd4abf") @NotBlank String buyBackId,
                 @Schema(example = "SO2/510100/2027") @NotBlank String quotaClass, @Schema(example = "55") @Positive long price,
                 @Schema(example = "1000") @Positive long maximumKilograms) {
    }

    record Sale(@Schema(example = "91510700MA6MYP002G") @NotBlank String enterprise,
                @Schema(example = "100") @Positive long quantityKilograms) {
    }

    private final LedgerCommands ledger;
    private final Clock clock;

    BuyBackController(LedgerCommands ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Operation(summary = "Offer a buy-back (reviewer of the region); price in fen per kilogram")
    @PostMapping
    ResponseEntity<Void> offer(@PathVariable String area, @Valid @RequestBody Offer body, @AuthenticationPrincipal Actor actor) {
        ledger.send(new OfferBuyBack(TradingAreaId.of(area), BuyBackId.of(body.buyBackId()), QuotaClass.parse(body.quotaClass()),
                Price.ofFenPerKilogram(body.price()), Quantities.kilograms(body.maximumKilograms()), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "An enterprise sells rights to the reserve under an offer",
            description = "A sale into a closed offer answers 409 BUY_BACK_NOT_OPEN, beyond what it still takes 409 BUY_BACK_EXHAUSTED.")
    @PostMapping("/{buyBackId}/sales")
    ResponseEntity<Void> sell(@PathVariable String area, @PathVariable String buyBackId, @Valid @RequestBody Sale body,
                              @AuthenticationPrincipal Actor actor) {
        ledger.send(new SellToReserve(TradingAreaId.of(area), BuyBackId.of(buyBackId), EnterpriseId.of(body.enterprise()),
                Quantities.kilograms(body.quantityKilograms()), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Close the offer (reviewer of the region): it takes no more sales, and the budget it did not spend is the reserve's again",
            description = "An unknown offer answers 404, one closed already 409 BUY_BACK_NOT_OPEN.")
    @PostMapping("/{buyBackId}/closing")
    ResponseEntity<Void> close(@PathVariable String area, @PathVariable String buyBackId, @AuthenticationPrincipal Actor actor) {
        ledger.send(new CloseBuyBack(TradingAreaId.of(area), BuyBackId.of(buyBackId), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
