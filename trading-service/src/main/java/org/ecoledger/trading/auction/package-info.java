/**
 * The clearing of a government reserve auction: a lot of emission rights sold to sealed bids at
 * one uniform price.
 *
 * <p>Units as in the order book: prices are {@code long} fen per kilogram, quantities
 * {@code long} kilograms, so a winner pays {@code clearing price × quantity won} fen exactly.
 * Owners are the caller's account numbers. A bid's {@code sequence} is the order in which it was
 * received (the caller's strictly increasing counter): ties at the clearing price go to the
 * earlier bid.
 *
 * <p>The rule ({@link org.ecoledger.trading.auction.AuctionClearing}): bids below the reserve
 * price win nothing. The clearing price is the highest bid price at which the bids at or above
 * it demand at least the lot's supply — equivalently, the price of the lowest bid that wins
 * anything. Every bid above it wins in full; the bids at it share what is left in time order. If
 * all bids at or above the reserve demand less than the supply, each wins in full at the lowest of
 * their prices and the rest of the lot stays in the reserve.
 *
 * <p>{@link org.ecoledger.trading.auction.UniformPriceClearing} sorts the bids once and allocates
 * down the list; {@link org.ecoledger.trading.auction.ReferenceClearing} computes the clearing
 * price from the demand curve by its definition and is the specification. Collecting the bids
 * within the auction window, and keeping them sealed until it closes, is the caller's job.
 */
package org.ecoledger.trading.auction;
