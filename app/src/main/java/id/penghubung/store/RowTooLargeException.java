package id.penghubung.store;

/** A text exceeds the store's cap for its field; the whole write was refused. */
public final class RowTooLargeException extends StoreException {
    private final String field;

    RowTooLargeException(String field, int length, int max) {
        super("store.error.tooLarge", null, field, length, max);
        this.field = field;
    }

    /** Which field was too large, e.g. {@code body}. */
    public String field() {
        return field;
    }
}
