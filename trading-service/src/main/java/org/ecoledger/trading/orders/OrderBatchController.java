package org.ecoledger.trading.orders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.command.CancelOrder;
import org.ecoledger.common.trading.command.PlaceOrder;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.trading.ledger.LedgerCommands;
import org.ecoledger.trading.ledger.LedgerOutcome;
import org.ecoledger.trading.ledger.OrderReceipt;
import org.ecoledger.trading.platform.TradingAreas;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Many orders and cancellations of one enterprise in one request, as a market maker replaces its
 * quotes. Every item is decided and recorded as if it had come alone (the same events, the same
 * idempotency on client order IDs, a refusal recorded as a refusal); what a batch saves is the
 * HTTP round trip, the token check and the JSON framing per item, which cost more than deciding
 * and storing the order does.
 */
@RestController
@RequestMapping("/api/trading")
@Tag(name = "Orders")
@SecurityRequirement(name = "bearer")
class OrderBatchController {

    /** Large enough to replace a ladder of quotes in several markets; small enough that one answer stays quick. */
    static final int MOST_ITEMS = 200;

    /**
     * @param cancellations order IDs, decided before the orders
     * @param orders        limit orders, decided in the order given
     */
    record OrderBatch(@Schema(example = "91510104MA6CHP001C") @NotBlank String enterprise,
                      @ArraySchema(schema = @Schema(example = "sichuan-42"))
                      @NotNull @Size(max = MOST_ITEMS) List<@NotBlank String> cancellations,
                      @NotNull @Size(max = MOST_ITEMS) List<@Valid @NotNull OrderLine> orders) {
    }

    /**
     * @param quotaClass        pollutant/region/vintage, e.g. SO2/510100/2027
     * @param limitPrice        fen per kilogram
     * @param quantityKilograms whole kilograms
     */
    record OrderLine(@Schema(example = "cdpp-quote-0001") @NotBlank String clientOrderId,
                     @Schema(example = "SO2/510100/2027") @NotBlank String quotaClass,
                     @NotNull Side side, @Schema(example = "60") @Positive long limitPrice,
                     @Schema(example = "100") @Positive long quantityKilograms) {
    }

    /** A refusal the ledger recorded: the same reason codes a single request answers with 409. */
    record Refusal(String reason, String detail) {
    }

    /** Exactly one of receipt and refusal is present. */
    record OrderAnswer(String clientOrderId, OrderReceipt receipt, Refusal refusal) {
    }

    /** Without a refusal the order was cancelled. */
    record CancellationAnswer(String orderId, Refusal refusal) {
    }

    record BatchAnswer(List<CancellationAnswer> cancellations, List<OrderAnswer> orders) {
    }

    private final OrderGateway gateway;
    private final TradingAreas areas;
    private final Clock clock;

    OrderBatchController(OrderGateway gateway, TradingAreas areas, Clock clock) {
        this.gateway = gateway;
        this.areas = areas;
        this.clock = clock;
    }

    @Operation(summary = "Cancel and place several of the caller's orders at once: cancellations first, then the orders, each "
            + "decided as if sent alone. Answers 200 with one result per item, a refusal (reason code as in a 409) or a receipt. "
            + "A malformed item refuses the whole batch with 400 before anything is decided.")
    @PostMapping("/order-batches")
    BatchAnswer execute(@Valid @RequestBody OrderBatch body, @AuthenticationPrincipal Actor actor) {
        EnterpriseId enterprise = EnterpriseId.of(body.enterprise());
        Guards.requireAccess(actor, enterprise, null);
        Guards.requireRole(actor, "cancel and place orders in batches", ActorRole.ENTERPRISE);
        if (body.cancellations().size() + body.orders().size() > MOST_ITEMS) {
            throw new IllegalArgumentException("a batch holds at most " + MOST_ITEMS + " cancellations and orders together");
        }
        // Everything is parsed before anything is sent, so a malformed item leaves the whole batch undecided.
        Instant now = clock.instant();
        TradingAreaId area = areas.areaOf(enterprise);
        List<Object> requests = new ArrayList<>(body.cancellations().size() + body.orders().size());
        for (String cancellation : body.cancellations()) {
            OrderId id = OrderId.parse(cancellation);
            if (!areas.isConfigured(id.area())) {
                throw new NotFound("no order " + cancellation);
            }
            requests.add(new CancelOrder(id.area(), enterprise, id, actor, now));
        }
        for (OrderLine line : body.orders()) {
            requests.add(new PlaceOrder(area, enterprise, ClientOrderId.of(line.clientOrderId()), QuotaClass.parse(line.quotaClass()),
                    line.side(), Price.ofFenPerKilogram(line.limitPrice()), Quantities.kilograms(line.quantityKilograms()), actor, now));
        }
        List<CompletableFuture<Object>> pending = gateway.submitAll(requests);
        int cancellations = body.cancellations().size();
        List<CancellationAnswer> cancelled = new ArrayList<>(cancellations);
        for (int i = 0; i < cancellations; i++) {
            cancelled.add(new CancellationAnswer(body.cancellations().get(i), refusalOf(pending.get(i))));
        }
        List<OrderAnswer> placed = new ArrayList<>(body.orders().size());
        for (int i = 0; i < body.orders().size(); i++) {
            CompletableFuture<Object> answer = pending.get(cancellations + i);
            Refusal refusal = refusalOf(answer);
            OrderReceipt receipt = refusal == null ? LedgerCommands.resultOf(answer.join()) : null;
            placed.add(new OrderAnswer(body.orders().get(i).clientOrderId(), receipt, refusal));
        }
        return new BatchAnswer(cancelled, placed);
    }

    /**
     * Waits for one item. A refusal is that item's answer; any other failure (the batch's unit of work
     * did not commit, or the ledger found the request malformed) fails the request as a single one
     * would, and its client may send the batch again: client order IDs make that safe.
     */
    private static Refusal refusalOf(CompletableFuture<Object> pending) {
        return OrderGateway.outcomeOf(pending) instanceof LedgerOutcome.Refused refused
                ? new Refusal(refused.reason().name(), refused.detail())
                : null;
    }
}
