/**
 * The continuous order book of one market (pollutant, trading region, vintage): limit orders to
 * buy and sell, matched by price-time priority, with partial fills, cancels, a floor price,
 * optional daily price limits, a minimum order quantity and self-trade prevention.
 *
 * <p>Units, the same everywhere in this package: a <b>price</b> is a {@code long} in fen per
 * kilogram, a <b>quantity</b> a {@code long} in kilograms, so the value of a trade or of a
 * reservation is {@code price × quantity} fen exactly, with no rounding. An order whose value
 * would not fit a {@code long} is malformed input. An <b>order ID</b> is a positive {@code long}
 * that the caller assigns, strictly increasing per book: its order is the time in price-time
 * priority. An <b>owner</b> is the caller's account number of the enterprise that placed the order;
 * the book only compares owners, for self-trade prevention and cancel rights.
 *
 * <ul>
 *   <li>{@link org.ecoledger.trading.matching.OrderBook} is the contract, and states the rules and
 *       the order of the events each command reports to its
 *       {@link org.ecoledger.trading.matching.MatchSink}.</li>
 *   <li>{@link org.ecoledger.trading.matching.ReferenceOrderBook} implements it the simple way on
 *       sorted maps and queues; it is the specification.</li>
 *   <li>{@link org.ecoledger.trading.matching.FastOrderBook} implements it on primitive arrays and
 *       allocates nothing while it matches; one contract test suite and property tests over random
 *       order streams hold it to the reference.</li>
 * </ul>
 *
 * <p>Deterministic and framework-free: the same commands from the same
 * {@link org.ecoledger.trading.matching.BookSnapshot} always give the same events, so an
 * event-sourced aggregate can rebuild its book by replaying the accepted commands from its last
 * snapshot. Neither book is thread-safe; one book belongs to one aggregate.
 */
package org.ecoledger.trading.matching;
