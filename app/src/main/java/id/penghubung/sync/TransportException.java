package id.penghubung.sync;

/**
 * The exchange did not complete: no connection, a timeout, a connection dropped mid-answer, or a
 * truncated or malformed body. Nothing of a partial answer is ever used; the request is retried.
 */
public final class TransportException extends CentralException {
    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
