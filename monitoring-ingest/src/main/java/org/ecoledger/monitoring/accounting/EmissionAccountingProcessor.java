package org.ecoledger.monitoring.accounting;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import java.time.Instant;

/**
 * Feeds one task's inputs to the {@link StoreLedger} and forwards the flags it raises and clears,
 * keyed by enterprise, with the headers of the published language, and a {@link DeadLetter} for
 * an input the ledger refused as too late. Readings and holding changes reach it through a
 * repartition, so that is where their source stamp is.
 *
 * <p>The accounting clock is event time advanced in line, by every input the processor handles,
 * rather than by a stream-time punctuator: a punctuator fires between records at instants aligned
 * to the epoch, and in a task that also reads the repartition topic it can fire after a reading has
 * moved stream time but before that reading reached the accounting, so when an hour counts as
 * missing would depend on scheduling. In line, a clock crossing an hour boundary fills the missing
 * hours of every series of the task, which is what a one-hour stream-time punctuator would do, at
 * a point fixed by the input order. An optional wall-clock punctuator moves the clock to the wall
 * clock minus a lag, so that a task whose enterprises all fall silent still finds the missing
 * hours.
 */
final class EmissionAccountingProcessor implements Processor<String, AccountingInput, String, Object> {

    private final AccountingConfig config;
    private ProcessorContext<String, Object> context;
    private StoreLedger ledger;
    private long timestamp;

    EmissionAccountingProcessor(AccountingConfig config) {
        this.config = config;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.ledger = new StoreLedger(config, context, this::forward);
        if (config.wallClockEnabled()) {
            context.schedule(config.wallClockPunctuation(), PunctuationType.WALL_CLOCK_TIME, wallClock -> {
                timestamp = wallClock;
                ledger.accept(new AccountingInput.ClockAdvanced(Instant.ofEpochMilli(wallClock).minus(config.wallClockLag())));
            });
        }
    }

    @Override
    public void process(Record<String, AccountingInput> record) {
        if (record.value() == null) {
            return;
        }
        timestamp = record.timestamp();
        ledger.accept(record.value()).ifPresent(late -> context.forward(record.withValue(DeadLetter.afterRepartition(record.headers(),
                AccountingSerdes.bytesOf(record.value()), DeadLetterReason.TOO_LATE, late))));
    }

    private void forward(FlagChange event) {
        context.forward(new Record<>(event.enterpriseId().value(), event, timestamp, AccountingSerdes.headersOf(event)));
    }
}
