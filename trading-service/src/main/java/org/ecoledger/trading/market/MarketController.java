package org.ecoledger.trading.market;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.command.SetMarketRules;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.trading.ledger.LedgerCommands;
import org.ecoledger.trading.platform.TradingAreas;
import org.ecoledger.trading.views.TradingViews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Market rules for the bureau, and market data for everyone: prices and volumes, never an order or a party. */
@RestController
@Tag(name = "Markets")
class MarketController {

    /**
     * @param floorPrice        fen per kilogram
     * @param referencePrice    fen per kilogram; with a daily limit only
     * @param dailyLimitPercent 0 for none
     */
    record Rules(@Schema(example = "50") @Positive long floorPrice, @Schema(example = "60") Long referencePrice,
                 @Schema(example = "10") @Min(0) @Max(100) int dailyLimitPercent,
                 @Schema(example = "10") @Positive long minimumKilograms) {
    }

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final LedgerCommands ledger;
    private final TradingAreas areas;
    private final TradingViews views;
    private final Clock clock;

    MarketController(LedgerCommands ledger, TradingAreas areas, TradingViews views, Clock clock) {
        this.ledger = ledger;
        this.areas = areas;
        this.views = views;
        this.clock = clock;
    }

    @Operation(summary = "Open a market or change its price rules (reviewer of the region)")
    @SecurityRequirement(name = "bearer")
    @PutMapping("/api/trading/markets/{pollutant}/{region}/{vintage}/rules")
    ResponseEntity<Void> setRules(@PathVariable String pollutant, @PathVariable String region, @PathVariable int vintage,
                                  @Valid @RequestBody Rules body, @AuthenticationPrincipal Actor actor) {
        QuotaClass market = new QuotaClass(Pollutant.of(pollutant), RegionCode.of(region), vintage);
        ledger.send(new SetMarketRules(areas.areaOf(market.region()), market, Price.ofFenPerKilogram(body.floorPrice()),
                body.referencePrice() == null ? null : Price.ofFenPerKilogram(body.referencePrice()), body.dailyLimitPercent(),
                Quantities.kilograms(body.minimumKilograms()), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Every open market with its rules and last price (public)")
    @GetMapping("/api/public/trading/markets")
    List<TradingViews.MarketView> markets() {
        return views.markets();
    }

    @Operation(summary = "A market's order book by price level (public; no orders or parties)")
    @GetMapping("/api/public/trading/markets/{pollutant}/{region}/{vintage}/depth")
    TradingViews.Depth depth(@PathVariable String pollutant, @PathVariable String region, @PathVariable int vintage,
                             @RequestParam(defaultValue = "10") int levels) {
        return views.depth(new QuotaClass(Pollutant.of(pollutant), RegionCode.of(region), vintage), Math.min(Math.max(levels, 1), 50));
    }

    @Operation(summary = "A market's daily open, high, low, close and volume (public), China days, the last 30 by default")
    @GetMapping("/api/public/trading/markets/{pollutant}/{region}/{vintage}/days")
    List<TradingViews.Candle> days(@PathVariable String pollutant, @PathVariable String region, @PathVariable int vintage,
                                   @RequestParam Optional<LocalDate> from, @RequestParam Optional<LocalDate> to) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
        LocalDate last = to.orElse(today);
        LocalDate first = from.orElse(last.minusDays(29));
        if (first.isAfter(last) || first.plusDays(366).isBefore(last)) {
            throw new IllegalArgumentException("ask for at most a year, from a day not after the last");
        }
        return views.candles(new QuotaClass(Pollutant.of(pollutant), RegionCode.of(region), vintage), first, last);
    }

    @Operation(summary = "Price index per pollutant and region (public): the volume-weighted average price, fen/kg, over the last N days")
    @GetMapping("/api/public/trading/price-index")
    List<TradingViews.PriceIndex> priceIndex(@RequestParam(defaultValue = "30") int days, @RequestParam Optional<String> pollutant,
                                             @RequestParam Optional<String> region) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("days is 1 to 366");
        }
        Instant now = clock.instant();
        return views.priceIndex(now.minus(Duration.ofDays(days)), now, pollutant.map(Pollutant::of), region.map(RegionCode::of));
    }
}
