package org.ecoledger.monitoring.publication;

import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.monitoring.device.DeviceActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the devices' connection and activity on {@code device-status} as it changes, bounded by
 * {@link PublicationSchedule}: what the ingest wrote of each device since the last look. On a
 * thread of its own, so that waiting for Kafka never holds up the activity's own writes; what Kafka
 * did not take is tried again on the next look.
 */
@Component
class ActivityPublication implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ActivityPublication.class);
    /** Devices per transaction and per round of acknowledgements. */
    private static final int BATCH = 100;

    private final DeviceActivity activity;
    private final DeviceStatusRecords records;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DeviceStatusProperties properties;
    private final PublicationSchedule schedule;
    private volatile ScheduledExecutorService executor;

    ActivityPublication(DeviceActivity activity, DeviceStatusRecords records, TransactionTemplate transactions, Clock clock,
                        DeviceStatusProperties properties) {
        this.activity = activity;
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
        this.schedule = new PublicationSchedule(properties.minInterval());
    }

    void publishDue() {
        schedule.changed(activity.takeWritten());
        Instant now = clock.instant();
        List<DeviceMn> due = schedule.due(now);
        for (int from = 0; from < due.size(); from += BATCH) {
            List<DeviceMn> batch = due.subList(from, Math.min(from + BATCH, due.size()));
            try {
                transactions.executeWithoutResult(status -> records.activityChanged(batch));
            } catch (RuntimeException e) {
                log.warn("Could not publish the status of {} devices ({}); trying again in {}", due.size() - from, e.getMessage(),
                        properties.checkInterval());
                return;
            }
            schedule.published(batch, now);
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "device-status-publication");
            thread.setDaemon(true);
            return thread;
        });
        long period = properties.checkInterval().toMillis();
        executor.scheduleWithFixedDelay(this::publishDueGuarded, period, period, TimeUnit.MILLISECONDS);
    }

    /** A scheduled task that throws is never run again. */
    private void publishDueGuarded() {
        try {
            publishDue();
        } catch (RuntimeException e) {
            log.error("Device status publication failed; trying again on the next look", e);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
