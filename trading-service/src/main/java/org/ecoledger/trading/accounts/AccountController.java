package org.ecoledger.trading.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.StockingId;
import org.ecoledger.common.trading.command.AllocateQuota;
import org.ecoledger.common.trading.command.CreditVoluntaryReduction;
import org.ecoledger.common.trading.command.DepositCash;
import org.ecoledger.common.trading.command.LiftBuyingRestriction;
import org.ecoledger.common.trading.command.RestrictBuying;
import org.ecoledger.common.trading.command.StockReserve;
import org.ecoledger.common.trading.command.WithdrawCash;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.trading.ledger.LedgerCommands;
import org.ecoledger.trading.platform.TradingAreas;
import org.ecoledger.trading.views.TradingViews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * Accounts: what the settlement bank records, what the bureau allocates, and what an enterprise
 * (or the bureau of its region) reads. Quantities in the requests are whole kilograms.
 */
@RestController
@RequestMapping("/api/trading")
@Tag(name = "Accounts and allocation")
@SecurityRequirement(name = "bearer")
class AccountController {

    /** The bank's own reference of the transfer: the ledger records each deposit or withdrawal of it once, so the bank may retry. */
    record CashMovement(@Schema(example = "500000") @Positive long amountFen,
                        @Schema(example = "BOC-20270315-000123")
                        @NotBlank @Pattern(regexp = "[A-Za-z0-9._:/-]{1,64}", message = "is 1-64 letters, digits or . _ : / -")
                        String bankReference) {
    }

    record Allocation(@Schema(example = "3f0c2a9e-6b1d-4c8e-9a57-2d4e1b7c9f10") @NotBlank String allocationId,
                      @Schema(example = "91510104MA6CHP001C") @NotBlank String enterprise,
                      @Schema(example = "SO2/510100/2027") @NotBlank String quotaClass,
                      @Schema(example = "1000") @Positive long quantityKilograms,
                      @Schema(example = "100000") @PositiveOrZero long feePerTonneFen) {
    }

    record ReserveStock(@Schema(example = "d25383aa-c754-42e7-ab2f-60a481ee90c5") @NotBlank String stockingId,
                        @Schema(example = "SO2/510100/2027") @NotBlank String quotaClass,
                        @Schema(example = "5000") @Positive long quantityKilograms) {
    }

    record VoluntaryReduction(@Schema(example = "09090e61-4461-4079-bc6a-84ec834b4818") @NotBlank String permitId,
                              @Schema(example = "SO2/510100/2027") @NotBlank String quotaClass,
                              @Schema(example = "200") @Positive long quantityKilograms) {
    }

    record Restriction(@Schema(example = "true") boolean restricted,
                       @Schema(example = "blacklisted: the 2026 rights were not surrendered on time") @NotBlank String reason) {
    }

    private final LedgerCommands ledger;
    private final TradingAreas areas;
    private final TradingViews views;
    private final Clock clock;

    AccountController(LedgerCommands ledger, TradingAreas areas, TradingViews views, Clock clock) {
        this.ledger = ledger;
        this.areas = areas;
        this.views = views;
        this.clock = clock;
    }

    @Operation(summary = "The account's cash and holdings, available and reserved")
    @GetMapping("/accounts/{enterprise}")
    TradingViews.AccountView account(@PathVariable String enterprise, @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterprise);
        Guards.requireAccess(actor, id, TradingAreas.regionOf(id));
        return views.account(id.value()).orElseThrow(() -> new NotFound("no trading account for " + id));
    }

    @Operation(summary = "The account's trades, newest first")
    @GetMapping("/accounts/{enterprise}/trades")
    List<TradingViews.TradeView> trades(@PathVariable String enterprise, @RequestParam(defaultValue = "100") int limit,
                                        @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterprise);
        Guards.requireAccess(actor, id, TradingAreas.regionOf(id));
        return views.tradesOf(id, Math.min(Math.max(limit, 1), 1000));
    }

    @Operation(summary = "The settlement bank records a deposit",
            description = "Recorded once per bank reference and account: the same reference again answers 409 DUPLICATE_REQUEST.")
    @PostMapping("/accounts/{enterprise}/deposits")
    ResponseEntity<Void> deposit(@PathVariable String enterprise, @Valid @RequestBody CashMovement body, @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterprise);
        ledger.send(new DepositCash(areas.areaOf(id), id, Money.ofFen(body.amountFen()), body.bankReference(), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The settlement bank records a withdrawal",
            description = "Recorded once per bank reference and account: the same reference again answers 409 DUPLICATE_REQUEST.")
    @PostMapping("/accounts/{enterprise}/withdrawals")
    ResponseEntity<Void> withdraw(@PathVariable String enterprise, @Valid @RequestBody CashMovement body, @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterprise);
        ledger.send(new WithdrawCash(areas.areaOf(id), id, Money.ofFen(body.amountFen()), body.bankReference(), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The bureau allocates initial rights for a paid-use fee per tonne, charged to the account's cash")
    @PostMapping("/allocations")
    ResponseEntity<Void> allocate(@Valid @RequestBody Allocation body, @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(body.enterprise());
        ledger.send(new AllocateQuota(areas.areaOf(id), AllocationId.of(body.allocationId()), id, QuotaClass.parse(body.quotaClass()),
                kilograms(body.quantityKilograms()), Money.ofFen(body.feePerTonneFen()), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The bureau puts new rights into its region's government reserve",
            description = "Once per stocking ID (a UUID the caller chooses): the same ID again answers 409 DUPLICATE_REQUEST.")
    @PostMapping("/reserve/stock")
    ResponseEntity<Void> stockReserve(@Valid @RequestBody ReserveStock body, @AuthenticationPrincipal Actor actor) {
        QuotaClass quotaClass = QuotaClass.parse(body.quotaClass());
        ledger.send(new StockReserve(areas.areaOf(quotaClass.region()), StockingId.of(body.stockingId()), quotaClass, kilograms(body.quantityKilograms()),
                actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A region's government reserve: cash and holdings")
    @GetMapping("/reserve/{region}")
    TradingViews.AccountView reserve(@PathVariable String region, @AuthenticationPrincipal Actor actor) {
        RegionCode code = RegionCode.of(region);
        Guards.requireRole(actor, "read the reserve", ActorRole.REVIEWER, ActorRole.INSPECTOR, ActorRole.ADMIN);
        Guards.requireAccess(actor, null, code);
        return views.account("reserve:" + code.value()).orElseThrow(() -> new NotFound("the reserve of " + code + " holds nothing"));
    }

    @Operation(summary = "The bureau credits rights given up by a voluntary stricter commitment")
    @PostMapping("/accounts/{enterprise}/voluntary-reductions")
    ResponseEntity<Void> creditVoluntaryReduction(@PathVariable String enterprise, @Valid @RequestBody VoluntaryReduction body,
                                                  @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterprise);
        ledger.send(new CreditVoluntaryReduction(areas.areaOf(id), id, QuotaClass.parse(body.quotaClass()), kilograms(body.quantityKilograms()),
                PermitId.of(body.permitId()), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "An admin restricts or frees an enterprise's buying (blacklist, suspended permit)")
    @PutMapping("/accounts/{enterprise}/buying-restriction")
    ResponseEntity<Void> restrict(@PathVariable String enterprise, @Valid @RequestBody Restriction body, @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterprise);
        ledger.send(body.restricted()
                ? new RestrictBuying(areas.areaOf(id), id, body.reason(), actor, clock.instant())
                : new LiftBuyingRestriction(areas.areaOf(id), id, body.reason(), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    static Mass kilograms(long kilograms) {
        return org.ecoledger.common.trading.Quantities.kilograms(kilograms);
    }
}
