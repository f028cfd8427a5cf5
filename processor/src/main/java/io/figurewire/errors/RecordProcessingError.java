package io.figurewire.errors;

/** An {@link Error} raised while processing one record, carried as an exception so that record can be dead-lettered. */
public final class RecordProcessingError extends RuntimeException {

    public RecordProcessingError(String message, Error cause) {
        super(message, cause);
    }
}
