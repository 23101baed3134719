/**
 * The trading ledger's own events, which no other service consumes; what others consume is in
 * {@code org.ecoledger.common.trading.event}.
 */
package org.ecoledger.trading.api;
