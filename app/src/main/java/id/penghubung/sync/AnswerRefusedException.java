package id.penghubung.sync;

/**
 * The client refused the server's answer because it breaks the protocol's bounds or checks: a body
 * larger than its limit, a page with more items than asked for, an attachment larger than declared
 * or than the protocol allows, an attachment whose bytes do not match its hash. Asking the same
 * server the same thing again would give the same answer, so it is not retried.
 */
public final class AnswerRefusedException extends CentralException {
    /** What was wrong with the answer. */
    public enum Reason { TOO_LARGE, TOO_MANY_ITEMS, HASH_MISMATCH }

    private final Reason reason;

    public AnswerRefusedException(Reason reason, String message) {
        super(message, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
