package id.penghubung.store;

/** SQLite reported SQLITE_FULL: the write was rolled back, nothing was half-written. */
public final class DiskFullException extends StoreException {
    DiskFullException(Throwable cause) {
        super("store.error.diskFull", cause);
    }
}
