package io.figurewire.schemas;

/** Input that cannot become an article; the message says why in words a user can act on. */
public class InvalidArticleException extends IllegalArgumentException {

    public InvalidArticleException(String message) {
        super(message);
    }

    public InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
