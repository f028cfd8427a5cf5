package io.figurewire.errors;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Log, dead-letter a copy of the source record that fits ({@link DeadLetterRecords}), go on.
 * Errors reach this handler as exceptions thanks to {@link RecordErrorWrapper}.
 */
public final class DeadLetteringProcessingHandler extends LogAndContinueProcessingExceptionHandler {

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        return Response.resume(DeadLetterRecords.capped(response.deadLetterQueueRecords()));
    }
}
