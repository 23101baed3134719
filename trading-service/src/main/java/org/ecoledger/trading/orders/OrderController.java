package org.ecoledger.trading.orders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.command.CancelOrder;
import org.ecoledger.common.trading.command.PlaceOrder;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.trading.ledger.LedgerCommands;
import org.ecoledger.trading.ledger.OrderReceipt;
import org.ecoledger.trading.platform.TradingAreas;
import org.ecoledger.trading.views.TradingViews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** An enterprise's orders: place, cancel, list. Time is stamped here; the ledger numbers the order. */
@RestController
@RequestMapping("/api/trading")
@Tag(name = "Orders")
@SecurityRequirement(name = "bearer")
class OrderController {

    /**
     * @param quotaClass pollutant/region/vintage, e.g. SO2/510100/2027
     * @param limitPrice fen per kilogram
     * @param quantityKilograms whole kilograms
     */
    record OrderRequest(@Schema(example = "91510104MA6CHP001C") @NotBlank String enterprise,
                        @Schema(example = "cdpp-2027-0001") @NotBlank String clientOrderId,
                        @Schema(example = "SO2/510100/2027") @NotBlank String quotaClass, @NotNull Side side,
                        @Schema(example = "60") @Positive long limitPrice, @Schema(example = "100") @Positive long quantityKilograms) {
    }

    private final OrderGateway gateway;
    private final TradingAreas areas;
    private final TradingViews views;
    private final Clock clock;

    OrderController(OrderGateway gateway, TradingAreas areas, TradingViews views, Clock clock) {
        this.gateway = gateway;
        this.areas = areas;
        this.views = views;
        this.clock = clock;
    }

    @Operation(summary = "Place a limit order; the same clientOrderId places it once. Cash (buy) or rights (sell) are reserved.")
    @PostMapping("/orders")
    ResponseEntity<OrderReceipt> place(@Valid @RequestBody OrderRequest body, @AuthenticationPrincipal Actor actor) {
        EnterpriseId enterprise = EnterpriseId.of(body.enterprise());
        Guards.requireAccess(actor, enterprise, null);
        QuotaClass quotaClass = QuotaClass.parse(body.quotaClass());
        Instant now = clock.instant();
        PlaceOrder order = new PlaceOrder(areas.areaOf(enterprise), enterprise, ClientOrderId.of(body.clientOrderId()), quotaClass,
                body.side(), Price.ofFenPerKilogram(body.limitPrice()), Quantities.kilograms(body.quantityKilograms()), actor, now);
        OrderReceipt receipt = answer(gateway.place(order));
        return receipt.repeated()
                ? ResponseEntity.ok(receipt)
                : ResponseEntity.created(URI.create("/api/trading/orders/" + receipt.orderId())).body(receipt);
    }

    @Operation(summary = "Cancel what remains of one of the caller's orders; its reservation is released. "
            + "An order that is filled, cancelled or unknown is refused with ORDER_NOT_OPEN.")
    @DeleteMapping("/orders/{orderId}")
    ResponseEntity<Void> cancel(@PathVariable String orderId, @AuthenticationPrincipal Actor actor) {
        OrderId id = OrderId.parse(orderId);
        if (!areas.isConfigured(id.area())) {
            throw new NotFound("no order " + orderId);
        }
        // Only the enterprise that placed an order may cancel it, and the ledger checks the owner. The read model is not
        // asked: it trails the ledger, and would not yet know an order placed a moment ago.
        Guards.requireRole(actor, "cancel orders", ActorRole.ENTERPRISE);
        answer(gateway.cancel(new CancelOrder(id.area(), actor.enterprise(), id, actor, clock.instant())));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "An enterprise's orders, newest first")
    @GetMapping("/accounts/{enterprise}/orders")
    List<TradingViews.OrderView> orders(@PathVariable String enterprise, @RequestParam(defaultValue = "100") int limit,
                                        @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterprise);
        Guards.requireAccess(actor, id, TradingAreas.regionOf(id));
        return views.ordersOf(id, Math.min(Math.max(limit, 1), 1000));
    }

    /** Waits for the order's batch; a failure is thrown as is, so that the problem advice maps it. */
    private static <R> R answer(CompletableFuture<Object> pending) {
        return LedgerCommands.resultOf(OrderGateway.outcomeOf(pending));
    }
}
