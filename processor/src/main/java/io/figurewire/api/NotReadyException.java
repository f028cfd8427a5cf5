package io.figurewire.api;

/** The answer cannot be given yet (rebalancing, restoring, an owner unreachable): a 503, never a wrong 404. */
final class NotReadyException extends RuntimeException {

    NotReadyException(String message) {
        super(message);
    }
}
