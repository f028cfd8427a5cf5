package io.figurewire.errors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log, dead-letter a copy of the source record that fits ({@link DeadLetterRecords}), go on.
 * Errors reach this handler as exceptions thanks to {@link RecordErrorWrapper}. A failed release
 * of a reordering buffer ({@link ReleaseFailure}, thrown in a punctuation, which has no source
 * record) dead-letters the held records it carries instead.
 */
public final class DeadLetteringProcessingHandler extends LogAndContinueProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringProcessingHandler.class);

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (exception instanceof ReleaseFailure failure) {
            return Response.resume(DeadLetterRecords.capped(deadLetters(context, failure)));
        }
        Response response = super.handleError(context, record, exception);
        return Response.resume(DeadLetterRecords.capped(response.deadLetterQueueRecords()));
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetters(ErrorHandlerContext context, ReleaseFailure failure) {
        LOG.error("processor {} (task {}): {}; {} held record(s) go to the dead-letter topic {}", context.processorNodeId(),
                context.taskId(), failure.getMessage(), failure.records().size(), deadLetterTopic, failure);
        if (deadLetterTopic == null) {
            return List.of();
        }
        return failure.records().stream()
                .map(h -> ExceptionHandlerUtils.buildDeadLetterQueueRecord(deadLetterTopic, h.key(), h.value(), context, failure))
                .toList();
    }
}
