package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.trading.RetiredQuota;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TradingRefusalReason;
import org.ecoledger.common.trading.command.AcceptTransfer;
import org.ecoledger.common.trading.command.CloseAuction;
import org.ecoledger.common.trading.command.CloseBuyBack;
import org.ecoledger.common.trading.command.OpenAuction;
import org.ecoledger.common.trading.command.SubmitBid;
import org.ecoledger.common.trading.command.AllocateQuota;
import org.ecoledger.common.trading.command.ApproveTransfer;
import org.ecoledger.common.trading.command.CancelOrder;
import org.ecoledger.common.trading.command.CommitQuotaForPermit;
import org.ecoledger.common.trading.command.ReinstateQuotaForPermit;
import org.ecoledger.common.trading.command.CreditVoluntaryReduction;
import org.ecoledger.common.trading.command.DeclineTransfer;
import org.ecoledger.common.trading.command.DepositCash;
import org.ecoledger.common.trading.command.LiftBuyingRestriction;
import org.ecoledger.common.trading.command.OfferBuyBack;
import org.ecoledger.common.trading.command.OpenTradingArea;
import org.ecoledger.common.trading.command.PlaceOrder;
import org.ecoledger.common.trading.command.ProposeTransfer;
import org.ecoledger.common.trading.command.RestrictBuying;
import org.ecoledger.common.trading.command.SellToReserve;
import org.ecoledger.common.trading.command.SetMarketRules;
import org.ecoledger.common.trading.command.StockReserve;
import org.ecoledger.common.trading.command.WithdrawCash;
import org.ecoledger.common.trading.event.AuctionLotAwarded;
import org.ecoledger.common.trading.event.BuyBackSettled;
import org.ecoledger.common.trading.event.QuotaAllocated;
import org.ecoledger.common.trading.event.QuotaCommitmentFellShort;
import org.ecoledger.common.trading.event.QuotaReinstatedForPermit;
import org.ecoledger.common.trading.event.QuotaRetiredForPermit;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.trading.event.TransferSettled;
import org.ecoledger.common.trading.event.VoluntaryReductionCredited;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.AccountOpened;
import org.ecoledger.trading.api.AuctionCleared;
import org.ecoledger.trading.api.AuctionOpened;
import org.ecoledger.trading.api.BidSubmitted;
import org.ecoledger.trading.api.BuyBackClosed;
import org.ecoledger.trading.api.BuyBackOffered;
import org.ecoledger.trading.api.BuyingRestricted;
import org.ecoledger.trading.api.BuyingRestrictionLifted;
import org.ecoledger.trading.api.CashDeposited;
import org.ecoledger.trading.api.CashWithdrawn;
import org.ecoledger.trading.api.MarketRulesSet;
import org.ecoledger.trading.api.OrderCancellation;
import org.ecoledger.trading.api.OrderCancelled;
import org.ecoledger.trading.api.OrderPlaced;
import org.ecoledger.trading.api.ReserveStocked;
import org.ecoledger.trading.api.TradingAreaOpened;
import org.ecoledger.trading.api.TradingRequestRefused;
import org.ecoledger.trading.api.TransferAccepted;
import org.ecoledger.trading.api.TransferDeclined;
import org.ecoledger.trading.api.TransferProposed;
import org.ecoledger.trading.auction.AuctionLot;
import org.ecoledger.trading.auction.AuctionResult;
import org.ecoledger.trading.auction.Award;
import org.ecoledger.trading.auction.Bid;
import org.ecoledger.trading.auction.UniformPriceClearing;
import org.ecoledger.trading.matching.MarketRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecoledger.common.trading.TradingRefusalReason.AUCTION_NOT_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.AUCTION_STILL_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.BELOW_RESERVE_PRICE;
import static org.ecoledger.common.trading.TradingRefusalReason.BUYING_RESTRICTED;
import static org.ecoledger.common.trading.TradingRefusalReason.BUY_BACK_EXHAUSTED;
import static org.ecoledger.common.trading.TradingRefusalReason.BUY_BACK_NOT_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.DUPLICATE_REQUEST;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_CASH;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_QUOTA;
import static org.ecoledger.common.trading.TradingRefusalReason.NOTHING_RETIRED;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_RESERVE;
import static org.ecoledger.common.trading.TradingRefusalReason.MARKET_NOT_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.ORDER_NOT_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.common.trading.TradingRefusalReason.TRANSFER_NOT_PENDING;

/**
 * The ledger of one trading area: every enterprise account and regional reserve of the area, and
 * every order book of its markets, in one consistency boundary. Quota and cash move only here, in
 * one event each way, so conservation holds by construction: a trade's settlement is the same event
 * that records the trade, and it is applied exactly once. One ledger per area also makes one
 * writer per book, which lets the order gateway batch many orders into one append.
 *
 * <p>Orders replay deterministically: {@link OrderPlaced} puts the order into its book again, and
 * the book makes the same matches it made the first time; the balances move only by the
 * {@link TradeSettled} and {@link OrderCancelled} events recorded after it.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger", cache = "ledgerCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class TradingLedger implements SnapshotSource {

    /** A client order ID is recognised among its enterprise's most recent orders, this many. */
    static final int REMEMBERED_CLIENT_ORDER_IDS = 10_000;
    /** A bank reference is recognised among its account's most recent deposits and withdrawals, this many. */
    static final int REMEMBERED_BANK_REFERENCES = 1_000;
    private static final String DEPOSIT = "deposit:";
    private static final String WITHDRAWAL = "withdrawal:";
    private static final String TRANSFER_CLOSED = "the transfer was settled or declined already";
    private static final long GRAMS_PER_KILOGRAM = 1_000;

    @AggregateIdentifier
    private TradingAreaId area;
    private List<RegionCode> regions = List.of();
    private long lastOrderSequence;
    private long lastTradeSequence;
    private final Map<String, Account> accounts = new TreeMap<>();
    private final Map<Long, String> ownerNumbers = new HashMap<>();
    private final Map<String, Account> reserves = new TreeMap<>();
    private final Map<String, Market> markets = new TreeMap<>();
    private final OpenOrders openOrders;
    private final Map<String, RecentClientOrders> clientOrderIds = new HashMap<>();
    private final Map<String, Auction> auctions = new HashMap<>();
    private long lastBidSequence;
    private final Map<String, BuyBack> buyBacks = new HashMap<>();
    private final Map<String, Transfer> transfers = new HashMap<>();
    private final TreeSet<String> settledPermitRequests = new TreeSet<>();
    /** What was retired for each permit version ("permitId#version") and not yet reinstated. */
    private final Map<String, List<RetiredQuota>> retiredForPermits = new TreeMap<>();
    /** What the book did while the last event was applied; read by the command handler right after. */
    private final transient BookRecorder recorder = new BookRecorder();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenTradingArea command) {
        Guards.requireRole(command.by(), "open a trading area", ActorRole.ADMIN, ActorRole.SYSTEM);
        if (!command.regions().equals(regions)) {
            apply(new TradingAreaOpened(command.area(), command.regions(), command.by(), command.at()));
        }
    }

    // accounts and allocation

    @CommandHandler
    LedgerOutcome handle(DepositCash command) {
        Guards.requireRole(command.by(), "record a deposit", ActorRole.SETTLEMENT_BANK);
        if (!inArea(command.enterprise())) {
            return refuse(command.enterprise(), "deposit", command.bankReference(), OUTSIDE_TRADING_AREA, "the enterprise is registered outside this trading area", command.by(), command.at());
        }
        Account account = accounts.get(command.enterprise().value());
        if (account != null && account.recordedBankMovement(DEPOSIT + command.bankReference())) {
            return refuse(command.enterprise(), "deposit", command.bankReference(), DUPLICATE_REQUEST, "this deposit was recorded already", command.by(), command.at());
        }
        openAccountIfNew(command.enterprise(), command.at());
        apply(new CashDeposited(area, command.enterprise(), command.amount(), command.bankReference(), command.by(), command.at()));
        return LedgerOutcome.done(command.amount());
    }

    @CommandHandler
    LedgerOutcome handle(WithdrawCash command) {
        Guards.requireRole(command.by(), "record a withdrawal", ActorRole.SETTLEMENT_BANK);
        Account account = accounts.get(command.enterprise().value());
        if (account != null && account.recordedBankMovement(WITHDRAWAL + command.bankReference())) {
            return refuse(command.enterprise(), "withdrawal", command.bankReference(), DUPLICATE_REQUEST, "this withdrawal was recorded already", command.by(), command.at());
        }
        if (account == null || account.cash().available() < command.amount().fen()) {
            return refuse(command.enterprise(), "withdrawal", command.bankReference(), INSUFFICIENT_CASH,
                    "the account's available cash does not cover the withdrawal", command.by(), command.at());
        }
        apply(new CashWithdrawn(area, command.enterprise(), command.amount(), command.bankReference(), command.by(), command.at()));
        return LedgerOutcome.done(command.amount());
    }

    @CommandHandler
    LedgerOutcome handle(AllocateQuota command) {
        requireBureauOf(command.by(), command.quotaClass().region(), "allocate rights");
        requireBureauOf(command.by(), regionOf(command.enterprise()), "allocate rights");
        String request = command.allocationId().value();
        if (!inArea(command.enterprise()) || !inArea(command.quotaClass().region())) {
            return refuse(command.enterprise(), "allocation", request, OUTSIDE_TRADING_AREA, "the enterprise or the rights are outside this trading area", command.by(), command.at());
        }
        if (settledPermitRequests.contains("allocation:" + request)) {
            return refuse(command.enterprise(), "allocation", request, DUPLICATE_REQUEST, "this allocation was made already", command.by(), command.at());
        }
        Money fee = paidUseFee(command.quantity(), command.feePerTonne());
        Account account = accounts.get(command.enterprise().value());
        long cash = account == null ? 0 : account.cash().available();
        if (cash < fee.fen()) {
            return refuse(command.enterprise(), "allocation", request, INSUFFICIENT_CASH,
                    "the paid-use fee of " + fee.yuan() + " yuan exceeds the account's available cash", command.by(), command.at());
        }
        openAccountIfNew(command.enterprise(), command.at());
        apply(new QuotaAllocated(area, command.allocationId(), command.enterprise(), command.quotaClass(), command.quantity(),
                command.feePerTonne(), fee, command.by(), command.at()));
        return LedgerOutcome.done(fee);
    }

    @CommandHandler
    LedgerOutcome handle(StockReserve command) {
        requireBureauOf(command.by(), command.quotaClass().region(), "stock the reserve");
        String request = command.stockingId().value();
        if (!inArea(command.quotaClass().region())) {
            return refuse(null, "reserve", request, OUTSIDE_TRADING_AREA, "the rights are outside this trading area", command.by(), command.at());
        }
        if (settledPermitRequests.contains("stocking:" + request)) {
            return refuse(null, "reserve", request, DUPLICATE_REQUEST, "this stocking was made already", command.by(), command.at());
        }
        apply(new ReserveStocked(area, command.stockingId(), command.quotaClass(), command.quantity(), command.by(), command.at()));
        return LedgerOutcome.done(command.quantity());
    }

    @CommandHandler
    LedgerOutcome handle(CreditVoluntaryReduction command) {
        requireBureauOf(command.by(), command.quotaClass().region(), "credit a voluntary reduction");
        requireBureauOf(command.by(), regionOf(command.enterprise()), "credit a voluntary reduction");
        String request = "voluntary:" + command.permitId() + ":" + command.quotaClass().key();
        if (!inArea(command.enterprise()) || !inArea(command.quotaClass().region())) {
            return refuse(command.enterprise(), "voluntary-reduction", request, OUTSIDE_TRADING_AREA, "the enterprise or the rights are outside this trading area", command.by(), command.at());
        }
        if (settledPermitRequests.contains(request)) {
            return refuse(command.enterprise(), "voluntary-reduction", request, DUPLICATE_REQUEST, "this reduction was credited already", command.by(), command.at());
        }
        openAccountIfNew(command.enterprise(), command.at());
        apply(new VoluntaryReductionCredited(area, command.enterprise(), command.quotaClass(), command.quantity(), command.permitId(), command.by(), command.at()));
        return LedgerOutcome.done(command.quantity());
    }

    @CommandHandler
    LedgerOutcome handle(RestrictBuying command) {
        Guards.requireRole(command.by(), "restrict buying", ActorRole.ADMIN, ActorRole.SYSTEM);
        if (!inArea(command.enterprise())) {
            return refuse(command.enterprise(), "restriction", command.enterprise().value(), OUTSIDE_TRADING_AREA, "the enterprise is outside this trading area", command.by(), command.at());
        }
        openAccountIfNew(command.enterprise(), command.at());
        if (!accounts.get(command.enterprise().value()).buyingRestricted()) {
            apply(new BuyingRestricted(area, command.enterprise(), command.reason(), command.by(), command.at()));
            // a resting buy would otherwise still fill, and the restricted enterprise would go on buying
            List<Long> restingBuys = openOrders.sequencesWhere(o -> o.enterprise().equals(command.enterprise()) && o.side() == Side.BUY);
            for (long sequence : restingBuys) {
                OpenOrder order = openOrders.get(sequence);
                apply(new OrderCancelled(area, new OrderId(area, sequence), order.enterprise(), order.quotaClass(), Side.BUY,
                        Price.ofFenPerKilogram(order.limitPrice()), Quantities.kilograms(order.remainingKilograms()),
                        OrderCancellation.BUYING_RESTRICTED, command.by(), command.at()));
            }
        }
        return LedgerOutcome.done(command.enterprise());
    }

    @CommandHandler
    LedgerOutcome handle(LiftBuyingRestriction command) {
        Guards.requireRole(command.by(), "lift a buying restriction", ActorRole.ADMIN, ActorRole.SYSTEM);
        Account account = accounts.get(command.enterprise().value());
        if (account != null && account.buyingRestricted()) {
            apply(new BuyingRestrictionLifted(area, command.enterprise(), command.reason(), command.by(), command.at()));
        }
        return LedgerOutcome.done(command.enterprise());
    }

    // the market

    @CommandHandler
    LedgerOutcome handle(SetMarketRules command) {
        requireBureauOf(command.by(), command.quotaClass().region(), "set market rules");
        if (!inArea(command.quotaClass().region())) {
            return refuse(null, "market-rules", command.quotaClass().key(), OUTSIDE_TRADING_AREA, "the market's region is outside this trading area", command.by(), command.at());
        }
        MarketRulesSet rules = new MarketRulesSet(area, command.quotaClass(), command.floorPrice(), command.referencePrice(),
                command.dailyLimitPercent(), command.minimumQuantity(), command.by(), command.at());
        // rules that cannot be worked out (a reference price too large for its band) are refused here, not first met as a fact
        Market.rulesOf(rules);
        apply(rules);
        cancelRecorded(command.quotaClass(), OrderCancellation.OUTSIDE_NEW_RULES, command.by(), command.at());
        return LedgerOutcome.done(command.quotaClass());
    }

    @CommandHandler
    LedgerOutcome handle(PlaceOrder command) {
        return place(command);
    }

    @CommandHandler
    LedgerOutcome handle(CancelOrder command) {
        return cancel(command);
    }

    /** Each request is decided alone, in order; one that is malformed or not permitted fails alone. */
    @CommandHandler
    List<Object> handle(ExecuteOrders batch) {
        List<Object> results = new ArrayList<>(batch.requests().size());
        for (Object request : batch.requests()) {
            try {
                if (request instanceof PlaceOrder place) {
                    results.add(place(place));
                } else if (request instanceof CancelOrder cancel) {
                    results.add(cancel(cancel));
                } else {
                    throw new IllegalArgumentException("an order batch holds orders and cancellations only");
                }
            } catch (RuntimeException rejected) {
                results.add(rejected);
            }
        }
        return results;
    }

    private LedgerOutcome place(PlaceOrder command) {
        requireSelf(command.by(), command.enterprise(), "place orders");
        String request = command.clientOrderId().value();
        Long known = rememberedOrder(command.enterprise(), command.clientOrderId());
        if (known != null) {
            return LedgerOutcome.done(new OrderReceipt(new OrderId(area, known), true, List.of(), Mass.ZERO));
        }
        Market market = markets.get(command.quotaClass().key());
        if (!inArea(command.enterprise())) {
            return refuse(command.enterprise(), "order", request, OUTSIDE_TRADING_AREA, "the enterprise is registered outside this trading area", command.by(), command.at());
        }
        if (market == null) {
            return refuse(command.enterprise(), "order", request, MARKET_NOT_OPEN, "there is no market for " + command.quotaClass(), command.by(), command.at());
        }
        var rule = MarketPolicy.orderMeetsRules(market.book().rules(), command.limitPrice(), command.quantity());
        if (rule.isPresent()) {
            return refuse(command.enterprise(), "order", request, rule.get(), MarketPolicy.explain(rule.get(), market.book().rules()), command.by(), command.at());
        }
        Account account = accounts.get(command.enterprise().value());
        if (command.side() == Side.BUY) {
            if (account != null && account.buyingRestricted()) {
                return refuse(command.enterprise(), "order", request, BUYING_RESTRICTED, "the enterprise may not buy", command.by(), command.at());
            }
            long cost = command.limitPrice().valueOf(command.quantity()).fen();
            if (account == null || account.cash().available() < cost) {
                return refuse(command.enterprise(), "order", request, INSUFFICIENT_CASH, "the order needs " + cost + " fen of available cash", command.by(), command.at());
            }
        } else if (account == null || account.available(command.quotaClass()) < command.quantity().grams()) {
            return refuse(command.enterprise(), "order", request, INSUFFICIENT_QUOTA, "the account does not hold " + command.quantity() + " of " + command.quotaClass() + " available", command.by(), command.at());
        }
        OrderId orderId = new OrderId(area, lastOrderSequence + 1);
        apply(new OrderPlaced(area, orderId, command.enterprise(), command.clientOrderId(), command.quotaClass(), command.side(),
                command.limitPrice(), command.quantity(), command.by(), command.at()));
        List<TradeSettled> trades = settleRecorded(command.quotaClass(), command.at());
        cancelRecorded(command.quotaClass(), OrderCancellation.SELF_TRADE_PREVENTION, command.by(), command.at());
        OpenOrder rest = openOrders.get(orderId.sequence());
        return LedgerOutcome.done(new OrderReceipt(orderId, false, trades,
                Quantities.kilograms(rest == null ? 0 : rest.remainingKilograms())));
    }

    private LedgerOutcome cancel(CancelOrder command) {
        requireSelf(command.by(), command.enterprise(), "cancel orders");
        OpenOrder order = openOrders.get(command.orderId().sequence());
        if (order == null || !command.orderId().area().equals(area)) {
            return refuse(command.enterprise(), "cancel", command.orderId().value(), ORDER_NOT_OPEN, "the order is filled, cancelled or unknown", command.by(), command.at());
        }
        if (!order.enterprise().equals(command.enterprise())) {
            throw new NotPermitted("an enterprise may cancel only its own orders");
        }
        apply(new OrderCancelled(area, command.orderId(), order.enterprise(), order.quotaClass(), order.side(), Price.ofFenPerKilogram(order.limitPrice()),
                Quantities.kilograms(order.remainingKilograms()), OrderCancellation.OWNER_REQUEST, command.by(), command.at()));
        return LedgerOutcome.done(command.orderId());
    }

    private List<TradeSettled> settleRecorded(QuotaClass quotaClass, Instant at) {
        List<TradeSettled> trades = new ArrayList<>(recorder.trades().size());
        for (BookRecorder.Trade trade : List.copyOf(recorder.trades())) {
            boolean takerBuys = trade.takerSide() == org.ecoledger.trading.matching.Side.BUY;
            long buyOrder = takerBuys ? trade.takerOrderId() : trade.makerOrderId();
            long sellOrder = takerBuys ? trade.makerOrderId() : trade.takerOrderId();
            Mass quantity = Quantities.kilograms(trade.quantity());
            Price price = Price.ofFenPerKilogram(trade.price());
            TradeSettled settled = new TradeSettled(area, lastTradeSequence + 1, quotaClass,
                    EnterpriseId.of(ownerNumbers.get(takerBuys ? trade.takerOwner() : trade.makerOwner())),
                    EnterpriseId.of(ownerNumbers.get(takerBuys ? trade.makerOwner() : trade.takerOwner())),
                    new OrderId(area, buyOrder), new OrderId(area, sellOrder), takerBuys ? Side.BUY : Side.SELL,
                    price, quantity, price.valueOf(quantity), at);
            apply(settled);
            trades.add(settled);
        }
        return trades;
    }

    private void cancelRecorded(QuotaClass quotaClass, OrderCancellation cause, Actor by, Instant at) {
        for (BookRecorder.Cancel cancel : List.copyOf(recorder.cancels())) {
            OpenOrder order = openOrders.get(cancel.orderId());
            apply(new OrderCancelled(area, new OrderId(area, cancel.orderId()), order.enterprise(), quotaClass, order.side(),
                    Price.ofFenPerKilogram(order.limitPrice()), Quantities.kilograms(cancel.remaining()), cause, by, at));
        }
    }

    // government reserve auctions

    @CommandHandler
    LedgerOutcome handle(OpenAuction command) {
        requireBureauOf(command.by(), command.quotaClass().region(), "open an auction");
        String request = command.auctionId().value();
        if (auctions.containsKey(request)) {
            return refuse(null, "auction", request, DUPLICATE_REQUEST, "this auction was opened already", command.by(), command.at());
        }
        if (!inArea(command.quotaClass().region())) {
            return refuse(null, "auction", request, OUTSIDE_TRADING_AREA, "the rights are outside this trading area", command.by(), command.at());
        }
        Account reserve = reserves.get(command.quotaClass().region().value());
        if (reserve == null || reserve.available(command.quotaClass()) < command.quantity().grams()) {
            return refuse(null, "auction", request, INSUFFICIENT_RESERVE, "the reserve does not hold " + command.quantity() + " available", command.by(), command.at());
        }
        Instant opensAt = command.opensAt() == null || command.opensAt().isBefore(command.at()) ? command.at() : command.opensAt();
        if (!command.closesAt().isAfter(opensAt)) {
            throw new IllegalArgumentException("an auction closes after it opens");
        }
        apply(new AuctionOpened(area, command.auctionId(), command.quotaClass(), command.quantity(), command.reservePrice(), opensAt,
                command.closesAt(), command.by(), command.at()));
        return LedgerOutcome.done(command.auctionId());
    }

    @CommandHandler
    LedgerOutcome handle(SubmitBid command) {
        requireSelf(command.by(), command.enterprise(), "bid");
        String request = command.auctionId().value();
        Auction auction = auctions.get(request);
        if (auction == null || !auction.takesBidsAt(command.at())) {
            return refuse(command.enterprise(), "bid", request, AUCTION_NOT_OPEN, "the auction takes no bids now", command.by(), command.at());
        }
        Account account = accounts.get(command.enterprise().value());
        if (!inArea(command.enterprise())) {
            return refuse(command.enterprise(), "bid", request, OUTSIDE_TRADING_AREA, "the enterprise is registered outside this trading area", command.by(), command.at());
        }
        if (account != null && account.buyingRestricted()) {
            return refuse(command.enterprise(), "bid", request, BUYING_RESTRICTED, "the enterprise may not buy", command.by(), command.at());
        }
        if (command.price().fenPerKilogram() < auction.reservePrice()) {
            return refuse(command.enterprise(), "bid", request, BELOW_RESERVE_PRICE, "the reserve price is " + auction.reservePrice() + " fen/kg", command.by(), command.at());
        }
        long cost = command.price().valueOf(command.quantity()).fen();
        if (account == null || account.cash().available() < cost) {
            return refuse(command.enterprise(), "bid", request, INSUFFICIENT_CASH, "the bid needs " + cost + " fen of available cash", command.by(), command.at());
        }
        apply(new BidSubmitted(area, command.auctionId(), lastBidSequence + 1, command.enterprise(), command.price(), command.quantity(),
                command.by(), command.at()));
        return LedgerOutcome.done(lastBidSequence);
    }

    @CommandHandler
    LedgerOutcome handle(CloseAuction command) {
        String request = command.auctionId().value();
        Auction auction = auctions.get(request);
        if (auction == null) {
            throw new NotFound("no auction " + request);
        }
        requireBureauOf(command.by(), auction.quotaClass().region(), "close an auction");
        if (!auction.open()) {
            return refuse(null, "auction-close", request, AUCTION_NOT_OPEN, "the auction is closed already", command.by(), command.at());
        }
        if (command.at().isBefore(auction.closesAt())) {
            return refuse(null, "auction-close", request, AUCTION_STILL_OPEN, "bids are open until " + auction.closesAt(), command.by(), command.at());
        }
        List<Bid> bids = auction.bids().stream().filter(b -> !account(b.enterprise()).buyingRestricted())
                .map(b -> new Bid(b.sequence(), account(b.enterprise()).number(), b.price(), b.quantityKilograms(), b.sequence())).toList();
        AuctionResult result = new UniformPriceClearing().clear(new AuctionLot(auction.quantityKilograms(), auction.reservePrice()), bids);
        apply(new AuctionCleared(area, command.auctionId(), auction.quotaClass(), result.sold() ? Price.ofFenPerKilogram(result.clearingPrice()) : null,
                Quantities.kilogramsOrZero(result.soldQuantity()), Quantities.kilogramsOrZero(auction.quantityKilograms() - result.soldQuantity()),
                command.by(), command.at()));
        for (Award award : result.awards()) {
            if (award.quantity() > 0) {
                Mass quantity = Quantities.kilograms(award.quantity());
                apply(new AuctionLotAwarded(area, command.auctionId(), EnterpriseId.of(ownerNumbers.get(award.owner())), auction.quotaClass(),
                        quantity, Price.ofFenPerKilogram(award.price()), Money.ofFen(award.value()), command.at()));
            }
        }
        return LedgerOutcome.done(result);
    }

    // buy-back into the reserve

    @CommandHandler
    LedgerOutcome handle(OfferBuyBack command) {
        requireBureauOf(command.by(), command.quotaClass().region(), "offer a buy-back");
        String request = command.buyBackId().value();
        if (!inArea(command.quotaClass().region())) {
            return refuse(null, "buy-back", request, OUTSIDE_TRADING_AREA, "the rights are outside this trading area", command.by(), command.at());
        }
        if (buyBacks.containsKey(request)) {
            return refuse(null, "buy-back", request, DUPLICATE_REQUEST, "this buy-back was offered already", command.by(), command.at());
        }
        long budget = command.price().valueOf(command.maximumQuantity()).fen();
        Account reserve = reserves.get(command.quotaClass().region().value());
        if (reserve == null || reserve.cash().available() < budget) {
            return refuse(null, "buy-back", request, INSUFFICIENT_RESERVE, "the reserve's cash does not cover " + budget + " fen", command.by(), command.at());
        }
        apply(new BuyBackOffered(area, command.buyBackId(), command.quotaClass(), command.price(), command.maximumQuantity(), command.by(), command.at()));
        return LedgerOutcome.done(command.buyBackId());
    }

    @CommandHandler
    LedgerOutcome handle(SellToReserve command) {
        requireSelf(command.by(), command.enterprise(), "sell to the reserve");
        String request = command.buyBackId().value();
        BuyBack offer = buyBacks.get(request);
        if (offer == null) {
            return refuse(command.enterprise(), "sell-to-reserve", request, BUY_BACK_NOT_OPEN, "there is no such buy-back offer", command.by(), command.at());
        }
        if (offer.closed()) {
            return refuse(command.enterprise(), "sell-to-reserve", request, BUY_BACK_NOT_OPEN, "the buy-back is closed", command.by(), command.at());
        }
        if (offer.remainingGrams() < command.quantity().grams()) {
            return refuse(command.enterprise(), "sell-to-reserve", request, BUY_BACK_EXHAUSTED, "the offer has " + Mass.ofGrams(offer.remainingGrams()) + " left", command.by(), command.at());
        }
        Account account = accounts.get(command.enterprise().value());
        if (account == null || account.available(offer.quotaClass()) < command.quantity().grams()) {
            return refuse(command.enterprise(), "sell-to-reserve", request, INSUFFICIENT_QUOTA, "the account does not hold that much available", command.by(), command.at());
        }
        Price price = Price.ofFenPerKilogram(offer.price());
        apply(new BuyBackSettled(area, command.buyBackId(), command.enterprise(), offer.quotaClass(), command.quantity(), price,
                price.valueOf(command.quantity()), command.by(), command.at()));
        return LedgerOutcome.done(price.valueOf(command.quantity()));
    }

    /** The offer's reserved budget would otherwise stay held in the reserve's cash for good. */
    @CommandHandler
    LedgerOutcome handle(CloseBuyBack command) {
        String request = command.buyBackId().value();
        BuyBack offer = buyBacks.get(request);
        if (offer == null) {
            throw new NotFound("no buy-back " + request);
        }
        requireBureauOf(command.by(), offer.quotaClass().region(), "close a buy-back");
        if (offer.closed()) {
            return refuse(null, "buy-back-close", request, BUY_BACK_NOT_OPEN, "the buy-back is closed already", command.by(), command.at());
        }
        Money unused = Money.ofFen(Math.multiplyExact(offer.price(), offer.remainingGrams() / GRAMS_PER_KILOGRAM));
        apply(new BuyBackClosed(area, command.buyBackId(), offer.quotaClass(), unused, command.by(), command.at()));
        return LedgerOutcome.done(unused);
    }

    // negotiated transfers

    @CommandHandler
    LedgerOutcome handle(ProposeTransfer command) {
        Actor by = command.by();
        if (!by.is(ActorRole.ENTERPRISE) || !(by.enterprise().equals(command.seller()) || by.enterprise().equals(command.buyer()))) {
            throw new NotPermitted("only the seller or the buyer may propose a transfer");
        }
        if (command.seller().equals(command.buyer())) {
            throw new IllegalArgumentException("a transfer needs two different parties");
        }
        String request = command.transferId().value();
        if (transfers.containsKey(request) || settledPermitRequests.contains("transfer:" + request)) {
            return refuse(by.enterprise(), "transfer", request, DUPLICATE_REQUEST, "this transfer was proposed already", by, command.at());
        }
        if (!inArea(command.seller()) || !inArea(command.buyer()) || !inArea(command.quotaClass().region())) {
            return refuse(by.enterprise(), "transfer", request, OUTSIDE_TRADING_AREA, "both parties and the rights must be in this trading area", by, command.at());
        }
        apply(new TransferProposed(area, command.transferId(), command.seller(), command.buyer(), command.quotaClass(), command.quantity(),
                command.price(), by, command.at()));
        return LedgerOutcome.done(command.transferId());
    }

    @CommandHandler
    LedgerOutcome handle(AcceptTransfer command) {
        if (transferClosed(command.transferId().value())) {
            Guards.requireRole(command.by(), "accept a transfer", ActorRole.ENTERPRISE);
            return refuse(command.by().enterprise(), "transfer-acceptance", command.transferId().value(), TRANSFER_NOT_PENDING,
                    TRANSFER_CLOSED, command.by(), command.at());
        }
        Transfer transfer = transfer(command.transferId().value());
        if (!command.by().is(ActorRole.ENTERPRISE) || !command.by().enterprise().equals(transfer.counterpartyOf(transfer.proposer()))) {
            throw new NotPermitted("only the other party may accept a transfer");
        }
        if (transfer.accepted()) {
            return refuse(command.by().enterprise(), "transfer-acceptance", command.transferId().value(), TRANSFER_NOT_PENDING, "the transfer was accepted already", command.by(), command.at());
        }
        apply(new TransferAccepted(area, command.transferId(), command.by(), command.at()));
        return LedgerOutcome.done(command.transferId());
    }

    @CommandHandler
    LedgerOutcome handle(ApproveTransfer command) {
        if (transferClosed(command.transferId().value())) {
            Guards.requireRole(command.by(), "approve a transfer", ActorRole.REVIEWER, ActorRole.ADMIN);
            return refuse(null, "transfer-approval", command.transferId().value(), TRANSFER_NOT_PENDING, TRANSFER_CLOSED, command.by(), command.at());
        }
        Transfer transfer = transfer(command.transferId().value());
        requireBureauOf(command.by(), transfer.quotaClass().region(), "approve a transfer");
        String request = command.transferId().value();
        if (!transfer.accepted()) {
            return refuse(transfer.seller(), "transfer-approval", request, TRANSFER_NOT_PENDING, "the other party has not accepted the transfer", command.by(), command.at());
        }
        Mass quantity = transfer.quantity();
        Price price = Price.ofFenPerKilogram(transfer.price());
        Account seller = accounts.get(transfer.seller().value());
        Account buyer = accounts.get(transfer.buyer().value());
        if (buyer != null && buyer.buyingRestricted()) {
            return refuse(transfer.buyer(), "transfer-approval", request, BUYING_RESTRICTED, "the buyer may not buy", command.by(), command.at());
        }
        if (seller == null || seller.available(transfer.quotaClass()) < quantity.grams()) {
            return refuse(transfer.seller(), "transfer-approval", request, INSUFFICIENT_QUOTA, "the seller does not hold the quantity available", command.by(), command.at());
        }
        if (buyer == null || buyer.cash().available() < price.valueOf(quantity).fen()) {
            return refuse(transfer.buyer(), "transfer-approval", request, INSUFFICIENT_CASH, "the buyer's available cash does not cover the price", command.by(), command.at());
        }
        apply(new TransferSettled(area, command.transferId(), transfer.seller(), transfer.buyer(), transfer.quotaClass(), quantity, price,
                price.valueOf(quantity), command.by(), command.at()));
        return LedgerOutcome.done(command.transferId());
    }

    @CommandHandler
    LedgerOutcome handle(DeclineTransfer command) {
        Actor by = command.by();
        if (transferClosed(command.transferId().value())) {
            Guards.requireRole(by, "decline a transfer", ActorRole.ENTERPRISE, ActorRole.REVIEWER, ActorRole.ADMIN);
            return refuse(by.is(ActorRole.ENTERPRISE) ? by.enterprise() : null, "transfer-decline", command.transferId().value(), TRANSFER_NOT_PENDING,
                    TRANSFER_CLOSED, by, command.at());
        }
        Transfer transfer = transfer(command.transferId().value());
        boolean party = by.is(ActorRole.ENTERPRISE) && (by.enterprise().equals(transfer.seller()) || by.enterprise().equals(transfer.buyer()));
        if (!party) {
            requireBureauOf(by, transfer.quotaClass().region(), "decline a transfer");
        }
        apply(new TransferDeclined(area, command.transferId(), command.reason(), by, command.at()));
        return LedgerOutcome.done(command.transferId());
    }

    // rights for new and expanded projects

    @CommandHandler
    LedgerOutcome handle(CommitQuotaForPermit command) {
        Guards.requireRole(command.by(), "commit rights for a permit", ActorRole.SYSTEM, ActorRole.ADMIN);
        String request = command.permitId() + "#" + command.permitVersion();
        if (settledPermitRequests.contains(request)) {
            return refuse(command.enterprise(), "permit-commitment", request, DUPLICATE_REQUEST, "these rights were retired already", command.by(), command.at());
        }
        Account account = accounts.get(command.enterprise().value());
        List<RetiredQuota> retired = new ArrayList<>();
        List<QuotaRequirement> shortfall = new ArrayList<>();
        for (QuotaRequirement requirement : command.requirements()) {
            long missing = requirement.quantity().grams();
            for (QuotaClass quotaClass : candidatesFor(account, command.enterprise(), requirement)) {
                long take = Math.min(missing, account.available(quotaClass));
                if (take > 0) {
                    retired.add(new RetiredQuota(quotaClass, Mass.ofGrams(take)));
                    missing -= take;
                }
            }
            if (missing > 0) {
                shortfall.add(new QuotaRequirement(requirement.pollutant(), requirement.vintage(), Mass.ofGrams(missing)));
            }
        }
        if (!shortfall.isEmpty()) {
            apply(new QuotaCommitmentFellShort(area, command.enterprise(), command.permitId(), command.permitVersion(), shortfall, command.by(), command.at()));
            return LedgerOutcome.done(shortfall);
        }
        apply(new QuotaRetiredForPermit(area, command.enterprise(), command.permitId(), command.permitVersion(), retired, command.by(), command.at()));
        return LedgerOutcome.done(retired);
    }

    /**
     * Puts back exactly what was retired for the permit version, once; a request for a version
     * whose rights were never retired here, or were reinstated already, is refused and recorded.
     */
    @CommandHandler
    LedgerOutcome handle(ReinstateQuotaForPermit command) {
        Guards.requireRole(command.by(), "reinstate rights for a permit", ActorRole.SYSTEM, ActorRole.ADMIN);
        String request = command.permitId() + "#" + command.permitVersion();
        List<RetiredQuota> retired = retiredForPermits.get(request);
        if (retired == null) {
            TradingRefusalReason reason = settledPermitRequests.contains(request) ? DUPLICATE_REQUEST : NOTHING_RETIRED;
            return refuse(command.enterprise(), "permit-reinstatement", request, reason,
                    reason == DUPLICATE_REQUEST ? "these rights were reinstated already" : "no rights were retired for this permit version",
                    command.by(), command.at());
        }
        apply(new QuotaReinstatedForPermit(area, command.enterprise(), command.permitId(), command.permitVersion(), retired, command.by(),
                command.at()));
        return LedgerOutcome.done(retired);
    }

    /** The enterprise's own region's rights first, then the rest of the area's, in a fixed order. */
    private List<QuotaClass> candidatesFor(Account account, EnterpriseId enterprise, QuotaRequirement requirement) {
        if (account == null) {
            return List.of();
        }
        RegionCode home = regionOf(enterprise);
        return account.holdings().keySet().stream().map(QuotaClass::parse)
                .filter(c -> c.pollutant() == requirement.pollutant() && c.vintage() == requirement.vintage())
                .sorted((a, b) -> Boolean.compare(!a.region().equals(home), !b.region().equals(home)))
                .toList();
    }

    // event sourcing handlers

    @EventSourcingHandler
    void on(TradingAreaOpened event) {
        area = event.area();
        regions = List.copyOf(event.regions());
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        accounts.put(event.enterprise().value(), new Account(event.accountNumber()));
        ownerNumbers.put(event.accountNumber(), event.enterprise().value());
    }

    @EventSourcingHandler
    void on(CashDeposited event) {
        Account account = account(event.enterprise());
        account.cash().credit(event.amount().fen());
        account.rememberBankMovement(DEPOSIT + event.bankReference(), REMEMBERED_BANK_REFERENCES);
    }

    @EventSourcingHandler
    void on(CashWithdrawn event) {
        Account account = account(event.enterprise());
        account.cash().debit(event.amount().fen());
        account.rememberBankMovement(WITHDRAWAL + event.bankReference(), REMEMBERED_BANK_REFERENCES);
    }

    @EventSourcingHandler
    void on(QuotaAllocated event) {
        Account account = account(event.enterprise());
        account.holding(event.quotaClass()).credit(event.quantity().grams());
        account.cash().debit(event.fee().fen());
        reserve(event.quotaClass().region()).cash().credit(event.fee().fen());
        settledPermitRequests.add("allocation:" + event.allocationId().value());
    }

    @EventSourcingHandler
    void on(ReserveStocked event) {
        reserve(event.quotaClass().region()).holding(event.quotaClass()).credit(event.quantity().grams());
        if (event.stockingId() != null) {
            settledPermitRequests.add("stocking:" + event.stockingId().value());
        }
    }

    @EventSourcingHandler
    void on(VoluntaryReductionCredited event) {
        account(event.enterprise()).holding(event.quotaClass()).credit(event.quantity().grams());
        settledPermitRequests.add("voluntary:" + event.permitId() + ":" + event.quotaClass().key());
    }

    @EventSourcingHandler
    void on(BuyingRestricted event) {
        account(event.enterprise()).restrictBuying(true);
    }

    @EventSourcingHandler
    void on(BuyingRestrictionLifted event) {
        account(event.enterprise()).restrictBuying(false);
    }

    @EventSourcingHandler
    void on(MarketRulesSet event) {
        recorder.clear();
        MarketRules rules = Market.rulesOf(event);
        Market market = markets.get(event.quotaClass().key());
        if (market == null) {
            markets.put(event.quotaClass().key(), new Market(rules));
        } else {
            market.book().changeRules(rules, recorder);
        }
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        recorder.clear();
        Account account = account(event.enterprise());
        long kilograms = event.quantity().grams() / GRAMS_PER_KILOGRAM;
        if (event.side() == Side.BUY) {
            account.cash().reserve(Math.multiplyExact(event.limitPrice().fenPerKilogram(), kilograms));
        } else {
            account.holding(event.quotaClass()).reserve(event.quantity().grams());
        }
        lastOrderSequence = event.orderId().sequence();
        remember(event.enterprise(), event.clientOrderId(), lastOrderSequence);
        openOrders.put(lastOrderSequence, new OpenOrder(event.enterprise(), event.clientOrderId(), event.quotaClass(), event.side(),
                event.limitPrice().fenPerKilogram(), kilograms));
        markets.get(event.quotaClass().key()).book().place(lastOrderSequence, account.number(), BookRecorder.sideOf(event.side()),
                event.limitPrice().fenPerKilogram(), kilograms, recorder);
        recorder.requireAccepted();
    }

    @EventSourcingHandler
    void on(TradeSettled event) {
        lastTradeSequence = event.tradeSequence();
        long kilograms = event.quantity().grams() / GRAMS_PER_KILOGRAM;
        OpenOrder buyOrder = openOrders.get(event.buyOrderId().sequence());
        Account buyer = account(event.buyer());
        Account seller = account(event.seller());
        buyer.cash().consumeReserved(Math.multiplyExact(buyOrder.limitPrice(), kilograms));
        buyer.cash().credit(Math.multiplyExact(buyOrder.limitPrice() - event.price().fenPerKilogram(), kilograms));
        buyer.holding(event.quotaClass()).credit(event.quantity().grams());
        seller.holding(event.quotaClass()).consumeReserved(event.quantity().grams());
        seller.cash().credit(event.value().fen());
        fill(event.buyOrderId().sequence(), kilograms);
        fill(event.sellOrderId().sequence(), kilograms);
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        long sequence = event.orderId().sequence();
        OpenOrder order = openOrders.remove(sequence);
        long kilograms = event.remaining().grams() / GRAMS_PER_KILOGRAM;
        Account account = account(event.enterprise());
        if (event.side() == Side.BUY) {
            account.cash().release(Math.multiplyExact(order.limitPrice(), kilograms));
        } else {
            account.holding(event.quotaClass()).release(event.remaining().grams());
        }
        if (event.cause() == OrderCancellation.OWNER_REQUEST || event.cause() == OrderCancellation.BUYING_RESTRICTED) {
            markets.get(event.quotaClass().key()).book().cancel(sequence, account.number(), org.ecoledger.trading.matching.MatchSink.ignoring());
        }
    }

    @EventSourcingHandler
    void on(AuctionOpened event) {
        reserve(event.quotaClass().region()).holding(event.quotaClass()).reserve(event.quantity().grams());
        auctions.put(event.auctionId().value(), new Auction(event.quotaClass(), event.quantity().grams() / GRAMS_PER_KILOGRAM,
                event.reservePrice().fenPerKilogram(), event.opensAt() == null ? event.at() : event.opensAt(), event.closesAt(), true, List.of()));
    }

    @EventSourcingHandler
    void on(BidSubmitted event) {
        lastBidSequence = event.bidSequence();
        long kilograms = event.quantity().grams() / GRAMS_PER_KILOGRAM;
        account(event.enterprise()).cash().reserve(Math.multiplyExact(event.price().fenPerKilogram(), kilograms));
        auctions.computeIfPresent(event.auctionId().value(), (id, auction) -> auction.withBid(
                new Auction.SealedBid(event.bidSequence(), event.enterprise(), event.price().fenPerKilogram(), kilograms)));
    }

    /** Every bid's cash comes back; the awards that follow take the winners' price out again. */
    @EventSourcingHandler
    void on(AuctionCleared event) {
        Auction auction = auctions.get(event.auctionId().value());
        auction.bids().forEach(bid -> account(bid.enterprise()).cash().release(Math.multiplyExact(bid.price(), bid.quantityKilograms())));
        Balance lot = reserve(auction.quotaClass().region()).holding(auction.quotaClass());
        lot.consumeReserved(event.soldQuantity().grams());
        lot.release(event.unsoldQuantity().grams());
        auctions.put(event.auctionId().value(), auction.closed());
    }

    @EventSourcingHandler
    void on(AuctionLotAwarded event) {
        Account winner = account(event.winner());
        winner.cash().debit(event.value().fen());
        winner.holding(event.quotaClass()).credit(event.quantity().grams());
        reserve(event.quotaClass().region()).cash().credit(event.value().fen());
    }

    @EventSourcingHandler
    void on(BuyBackOffered event) {
        long budget = event.price().valueOf(event.maximumQuantity()).fen();
        reserve(event.quotaClass().region()).cash().reserve(budget);
        buyBacks.put(event.buyBackId().value(), new BuyBack(event.quotaClass(), event.price().fenPerKilogram(), event.maximumQuantity().grams(), false));
    }

    @EventSourcingHandler
    void on(BuyBackSettled event) {
        Account reserve = reserve(event.quotaClass().region());
        Account seller = account(event.seller());
        seller.holding(event.quotaClass()).debit(event.quantity().grams());
        seller.cash().credit(event.value().fen());
        reserve.cash().consumeReserved(event.value().fen());
        reserve.holding(event.quotaClass()).credit(event.quantity().grams());
        buyBacks.computeIfPresent(event.buyBackId().value(), (id, offer) -> offer.taken(event.quantity().grams()));
    }

    @EventSourcingHandler
    void on(BuyBackClosed event) {
        reserve(event.quotaClass().region()).cash().release(event.releasedBudget().fen());
        buyBacks.computeIfPresent(event.buyBackId().value(), (id, offer) -> offer.close());
    }

    @EventSourcingHandler
    void on(TransferProposed event) {
        transfers.put(event.transferId().value(), new Transfer(event.seller(), event.buyer(), event.by().enterprise(), event.quotaClass(),
                event.quantity(), event.price().fenPerKilogram(), false));
    }

    @EventSourcingHandler
    void on(TransferAccepted event) {
        transfers.computeIfPresent(event.transferId().value(), (id, transfer) -> transfer.accept());
    }

    @EventSourcingHandler
    void on(TransferDeclined event) {
        transfers.remove(event.transferId().value());
        settledPermitRequests.add("transfer:" + event.transferId().value());
    }

    @EventSourcingHandler
    void on(TransferSettled event) {
        Account seller = account(event.seller());
        Account buyer = account(event.buyer());
        seller.holding(event.quotaClass()).debit(event.quantity().grams());
        buyer.holding(event.quotaClass()).credit(event.quantity().grams());
        buyer.cash().debit(event.value().fen());
        seller.cash().credit(event.value().fen());
        transfers.remove(event.transferId().value());
        settledPermitRequests.add("transfer:" + event.transferId().value());
    }

    @EventSourcingHandler
    void on(QuotaRetiredForPermit event) {
        Account account = account(event.enterprise());
        event.retired().forEach(r -> account.holding(r.quotaClass()).debit(r.quantity().grams()));
        settledPermitRequests.add(event.permitId() + "#" + event.permitVersion());
        retiredForPermits.put(event.permitId() + "#" + event.permitVersion(), List.copyOf(event.retired()));
    }

    @EventSourcingHandler
    void on(QuotaReinstatedForPermit event) {
        Account account = account(event.enterprise());
        event.reinstated().forEach(r -> account.holding(r.quotaClass()).credit(r.quantity().grams()));
        retiredForPermits.remove(event.permitId() + "#" + event.permitVersion());
    }

    // guards and helpers

    private void fill(long sequence, long kilograms) {
        OpenOrder order = openOrders.get(sequence);
        if (order.remainingKilograms() == kilograms) {
            openOrders.remove(sequence);
        } else {
            openOrders.put(sequence, order.filled(kilograms));
        }
    }

    private void openAccountIfNew(EnterpriseId enterprise, Instant at) {
        if (!accounts.containsKey(enterprise.value())) {
            apply(new AccountOpened(area, enterprise, accounts.size() + 1L, at));
        }
    }

    private Long rememberedOrder(EnterpriseId enterprise, ClientOrderId clientOrderId) {
        RecentClientOrders known = clientOrderIds.get(enterprise.value());
        return known == null ? null : known.orderOf(clientOrderId.value());
    }

    private void remember(EnterpriseId enterprise, ClientOrderId clientOrderId, long sequence) {
        clientOrderIds.computeIfAbsent(enterprise.value(), e -> new RecentClientOrders(REMEMBERED_CLIENT_ORDER_IDS))
                .remember(clientOrderId.value(), sequence);
    }

    private LedgerOutcome refuse(EnterpriseId enterprise, String request, String reference, TradingRefusalReason reason, String detail, Actor by, Instant at) {
        apply(new TradingRequestRefused(area, enterprise, request, reference, reason, detail, by, at));
        return new LedgerOutcome.Refused(request, reason, detail);
    }

    private Account account(EnterpriseId enterprise) {
        return Objects.requireNonNull(accounts.get(enterprise.value()), () -> "no account for " + enterprise);
    }

    private Account reserve(RegionCode region) {
        return reserves.computeIfAbsent(region.value(), r -> new Account(0));
    }

    private boolean transferClosed(String transferId) {
        return !transfers.containsKey(transferId) && settledPermitRequests.contains("transfer:" + transferId);
    }

    private Transfer transfer(String transferId) {
        Transfer transfer = transfers.get(transferId);
        if (transfer == null) {
            throw new NotFound("no pending transfer " + transferId);
        }
        return transfer;
    }

    private boolean inArea(EnterpriseId enterprise) {
        return inArea(regionOf(enterprise));
    }

    private boolean inArea(RegionCode region) {
        return regions.stream().anyMatch(r -> r.contains(region));
    }

    static RegionCode regionOf(EnterpriseId enterprise) {
        return RegionCode.of(enterprise.registeringDivision());
    }

    private static void requireSelf(Actor by, EnterpriseId enterprise, String action) {
        Guards.requireRole(by, action, ActorRole.ENTERPRISE);
        Guards.requireAccess(by, enterprise, null);
    }

    private static void requireBureauOf(Actor by, RegionCode region, String action) {
        Guards.requireRole(by, action, ActorRole.REVIEWER, ActorRole.ADMIN);
        if (by.is(ActorRole.REVIEWER) && !by.jurisdiction().contains(region)) {
            throw new NotPermitted("region " + region + " is outside the reviewer's jurisdiction");
        }
    }

    /** Paid-use fee: the fee per tonne times the quantity, rounded up to the fen so no fraction goes unpaid. */
    static Money paidUseFee(Mass quantity, Money feePerTonne) {
        long numerator = Math.multiplyExact(quantity.grams(), feePerTonne.fen());
        return Money.ofFen((numerator + 999_999L) / 1_000_000L);
    }

    /** Every enterprise account and regional reserve, for audits of the whole ledger (conservation) and its tests. */
    java.util.stream.Stream<Account> allAccounts() {
        return java.util.stream.Stream.concat(accounts.values().stream(), reserves.values().stream());
    }

    java.util.Collection<OpenOrder> openOrders() {
        return openOrders.values();
    }

    TradingLedger() {
        // for Axon
        openOrders = new OpenOrders();
    }

    /**
     * Copies what changes (balances, books, open orders, remembered IDs) and shares the rest, which
     * is immutable: regions, orders, auctions, buy-backs, transfers and retired quota are records
     * and immutable lists, replaced rather than changed.
     */
    private TradingLedger(TradingLedger live) {
        area = live.area;
        regions = live.regions;
        lastOrderSequence = live.lastOrderSequence;
        lastTradeSequence = live.lastTradeSequence;
        lastBidSequence = live.lastBidSequence;
        live.accounts.forEach((enterprise, account) -> accounts.put(enterprise, account.copy()));
        ownerNumbers.putAll(live.ownerNumbers);
        live.reserves.forEach((region, reserve) -> reserves.put(region, reserve.copy()));
        live.markets.forEach((quotaClass, market) -> markets.put(quotaClass, market.copyForSnapshot()));
        openOrders = live.openOrders.copy();
        live.clientOrderIds.forEach((enterprise, recent) -> clientOrderIds.put(enterprise, recent.copy()));
        auctions.putAll(live.auctions);
        buyBacks.putAll(live.buyBacks);
        transfers.putAll(live.transfers);
        settledPermitRequests.addAll(live.settledPermitRequests);
        retiredForPermits.putAll(live.retiredForPermits);
    }

    @Override
    public TradingLedger copyForSnapshot() {
        return new TradingLedger(this);
    }
}
