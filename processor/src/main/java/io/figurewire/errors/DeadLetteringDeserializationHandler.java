package io.figurewire.errors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/** Log, dead-letter a copy that fits ({@link DeadLetterRecords}), go on with the next record. */
public final class DeadLetteringDeserializationHandler extends LogAndContinueExceptionHandler {

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        return Response.resume(DeadLetterRecords.capped(response.deadLetterQueueRecords()));
    }
}
