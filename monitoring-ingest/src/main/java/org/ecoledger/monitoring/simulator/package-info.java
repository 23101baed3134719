/**
 * A device simulator: many HJ 212 data loggers over real TCP, each with its MN and password,
 * sending CEMS (flue gas) or wastewater readings by a simulated clock that may run faster than
 * real time, with the faults real loggers show and scenarios that push an enterprise over a
 * limit, and reporting what the server acknowledged and how fast.
 *
 * <ul>
 *   <li>{@link org.ecoledger.monitoring.simulator.ReadingGenerator} makes the readings:
 *       deterministic per device, factor and minute, so that a re-sent period carries the same
 *       values.</li>
 *   <li>{@link org.ecoledger.monitoring.simulator.FaultPlan} decides the faults.</li>
 *   <li>{@link org.ecoledger.monitoring.simulator.DeviceSimulator} runs the devices on a few Netty
 *       event loops, one connection each, and {@link org.ecoledger.monitoring.simulator.SimulatorCommand}
 *       is the command line.</li>
 * </ul>
 *
 * It talks to the server only over the wire and through its public HTTP API, as a real logger
 * and an installer would: it uses the codec's encoder and nothing else of the service.
 */
package org.ecoledger.monitoring.simulator;
