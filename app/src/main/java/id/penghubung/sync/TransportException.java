package id.penghubung.sync;

/**
 * The exchange did not complete: no connection, a timeout, a connection dropped mid-answer, or a
 * truncated or malformed body. Nothing of a partial answer is ever used; the request is retried.
 */
public final class TransportException extends CentralException {
    private final boolean deadlineExceeded;

    public TransportException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public TransportException(String message, Throwable cause, boolean deadlineExceeded) {
        super(message, cause);
        this.deadlineExceeded = deadlineExceeded;
    }

    /** True when the call ran into its overall deadline (a server that answers too slowly, e.g. byte by byte). */
    public boolean deadlineExceeded() {
        return deadlineExceeded;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
