package org.ecoledger.monitoring.emissions;

import org.ecoledger.monitoring.accounting.AccountingConfig;
import org.ecoledger.monitoring.accounting.EmissionAccountingTopology;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The emission accounting's runtime settings: its Kafka Streams application ID (one per
 * deployment, shared by its instances), where its state stores live (a cache: the changelog
 * topics are the durable copy), how often it commits
 * (which bounds how soon a flag leaves), after how many hours of bad or missing data an
 * outlet is flagged, how often what changed goes out on {@code emission-accounts}
 * ({@code accountsInterval}, a minute unless set), and on how many threads the enterprises'
 * partitions are accounted ({@code streamThreads}, two unless set: one thread cannot keep up
 * with what one ingest instance accepts), and how late a reading or trading event may come and
 * still count ({@code readingsAcceptedFor}, {@code tradingEventsAcceptedFor}: 30 and 400 days
 * unless set; see {@link AccountingConfig}), and how far after its receipt a reading may be dated
 * ({@code readingsDatedAheadUpTo}, an hour unless set; the HJ 212 server sets the clock of a device
 * that dates its uploads further ahead).
 */
@ConfigurationProperties(prefix = "ecoledger.accounting")
public record AccountingProperties(String applicationId, Path stateDirectory, Duration commitInterval, Duration dataMissingFlagAfter,
                                   Duration substitutionLookBack, Duration accountsInterval, Integer streamThreads,
                                   Duration readingsAcceptedFor, Duration tradingEventsAcceptedFor, Duration readingsDatedAheadUpTo) {

    public AccountingProperties {
        accountsInterval = accountsInterval == null ? EmissionAccountingTopology.ACCOUNTS_INTERVAL : accountsInterval;
        readingsAcceptedFor = readingsAcceptedFor == null ? AccountingConfig.READINGS_ACCEPTED_FOR : readingsAcceptedFor;
        tradingEventsAcceptedFor = tradingEventsAcceptedFor == null ? AccountingConfig.TRADING_EVENTS_ACCEPTED_FOR : tradingEventsAcceptedFor;
        readingsDatedAheadUpTo = readingsDatedAheadUpTo == null ? AccountingConfig.READINGS_DATED_AHEAD_UP_TO : readingsDatedAheadUpTo;
        streamThreads = streamThreads == null ? 2 : streamThreads;
        if (streamThreads < 1) {
            throw new IllegalArgumentException("ecoledger.accounting.stream-threads must be at least 1: " + streamThreads);
        }
    }
}
