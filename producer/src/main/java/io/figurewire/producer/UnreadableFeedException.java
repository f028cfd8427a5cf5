package io.figurewire.producer;

/** A feed that could not be fetched or is not RSS/Atom; the message says which and why. */
public final class UnreadableFeedException extends Exception {

    public UnreadableFeedException(String message) {
        super(message);
    }

    public UnreadableFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
