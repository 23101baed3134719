package org.ecoledger.monitoring.accounting;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.ecoledger.common.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * Publishes each {@link DeadLetter} as the record it was, with headers naming its source and
 * reason; counts it in {@value #METER}, tagged by source topic and reason only, and logs it with
 * the detail (which may name a device or enterprise: that belongs in a log, never in a tag).
 */
final class DeadLetterWriter implements Processor<String, DeadLetter, String, byte[]> {

    public static final String METER = "ecoledger.accounting.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterWriter.class);
    private static final Set<String> INPUTS = Set.of(Topics.DEVICE_READINGS.name(), Topics.PERMIT_EVENTS.name(),
            Topics.TRADING_EVENTS.name());

    private final MeterRegistry meters;
    private ProcessorContext<String, byte[]> context;

    DeadLetterWriter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, DeadLetter> record) {
        DeadLetter letter = record.value();
        String source = INPUTS.contains(letter.sourceTopic()) ? letter.sourceTopic() : "other";
        meters.counter(METER, "source", source, "reason", letter.reason().name()).increment();
        log.warn("The emission accounting set aside the record at {}-{} offset {} ({}): {}", letter.sourceTopic(), letter.sourcePartition(),
                letter.sourceOffset(), letter.reason(), letter.detail());
        context.forward(record.withValue(letter.value()).withHeaders(letter.publishedHeaders()));
    }
}
