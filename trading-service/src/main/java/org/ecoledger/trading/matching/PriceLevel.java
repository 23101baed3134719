package org.ecoledger.trading.matching;

/** One price of one side of the book: the total quantity resting at it and how many orders hold it. */
public record PriceLevel(long price, long quantity, int orders) {
}
