/**
 * The HJ 212 codec: framing ({@link org.ecoledger.monitoring.protocol.FrameScanner}, and
 * {@link org.ecoledger.monitoring.protocol.Hj212FrameDecoder} for Netty), CRC profiles, tolerant
 * parsing into {@link org.ecoledger.monitoring.protocol.Packet} and
 * {@link org.ecoledger.monitoring.protocol.Upload}, and strict encoding of the host's answers.
 *
 * <p>Framework-free: it depends on the JDK alone, and on Netty only in the frame decoder, so that the
 * server, Kafka and Spring around it can change without touching the protocol.
 */
package org.ecoledger.monitoring.protocol;
