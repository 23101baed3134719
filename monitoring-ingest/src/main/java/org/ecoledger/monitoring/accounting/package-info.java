/**
 * The emission accounting: hourly masses per outlet and pollutant from device readings,
 * conservative substitution of invalid and missing hours, annual totals per enterprise, pollutant
 * and year against the allowance (the enterprise's permits plus the emission rights it traded),
 * and the violation flags inspectors handle (annual total exceeded, concentration exceeded,
 * discharge without a valid permit, data missing or invalid), each raised once per episode and
 * cleared once.
 *
 * <ul>
 *   <li>The rules themselves are framework-free: {@link org.ecoledger.monitoring.accounting.HourlyMassRule},
 *       {@link org.ecoledger.monitoring.accounting.SubstitutionRule},
 *       {@link org.ecoledger.monitoring.accounting.ConcentrationRule},
 *       {@link org.ecoledger.monitoring.accounting.DischargeRule},
 *       {@link org.ecoledger.monitoring.accounting.PermitBook} (permitted totals, discharge allowed, limits),
 *       {@link org.ecoledger.monitoring.accounting.AllowanceRule} (permitted totals plus traded rights) and
 *       {@link org.ecoledger.monitoring.accounting.Flags} (flag IDs and events).</li>
 *   <li>{@link org.ecoledger.monitoring.accounting.ReferenceEmissionCalculator} applies them the simple
 *       way and states the order they apply in; it is the specification.</li>
 *   <li>{@link org.ecoledger.monitoring.accounting.EmissionAccountingTopology} applies them incrementally
 *       over Kafka Streams state stores; a contract test holds it to the reference on random streams.</li>
 *   <li>{@link org.ecoledger.monitoring.accounting.EmissionAccountingQueries} reads the stores for the
 *       query API.</li>
 *   <li>{@link org.ecoledger.monitoring.accounting.EmissionAccountsPublisher} publishes monthly totals and
 *       open flags' progress and evidence from the stores to {@code emission-accounts}.</li>
 *   <li>{@link org.ecoledger.monitoring.accounting.InputReaders} read the input topics and set aside what
 *       cannot be accounted as {@link org.ecoledger.monitoring.accounting.DeadLetter}s, which
 *       {@link org.ecoledger.monitoring.accounting.DeadLetterWriter} publishes to
 *       {@code emission-accounting-dead-letters}; {@link org.ecoledger.monitoring.accounting.SeenKeys}
 *       remembers what was applied for a window of event time, so that copies count once.</li>
 * </ul>
 */
package org.ecoledger.monitoring.accounting;
