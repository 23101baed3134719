package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.TradingRefusalReason;
import org.ecoledger.common.value.Mass;
import org.ecoledger.trading.matching.MarketRules;

import java.util.Optional;

/** The market's price and size rules, checked before an order is recorded, so each refusal is an audited event. */
final class MarketPolicy {

    private MarketPolicy() {
    }

    static Optional<TradingRefusalReason> orderMeetsRules(MarketRules rules, Price limitPrice, Mass quantity) {
        long price = limitPrice.fenPerKilogram();
        if (Quantities.wholeKilograms(quantity) < rules.minQuantity()) {
            return Optional.of(TradingRefusalReason.BELOW_MINIMUM_QUANTITY);
        }
        if (price < rules.floorPrice()) {
            return Optional.of(TradingRefusalReason.BELOW_FLOOR_PRICE);
        }
        if (!rules.dailyLimits().contains(price)) {
            return Optional.of(TradingRefusalReason.OUTSIDE_DAILY_PRICE_LIMIT);
        }
        return Optional.empty();
    }

    static String explain(TradingRefusalReason reason, MarketRules rules) {
        return switch (reason) {
            case BELOW_MINIMUM_QUANTITY -> "the market's minimum order is " + rules.minQuantity() + " kg";
            case BELOW_FLOOR_PRICE -> "the market's floor price is " + rules.floorPrice() + " fen/kg";
            case OUTSIDE_DAILY_PRICE_LIMIT -> "today's limits are " + rules.dailyLimits().lowest() + " to " + rules.dailyLimits().highest() + " fen/kg";
            default -> reason.name();
        };
    }
}
