package id.penghubung.store;

/**
 * The file is not a Penghubung store or SQLite reports it corrupt. The way out is
 * {@link CaseStore#exportLocalWork} (if it still opens) and {@link CaseStore#rebuild}.
 */
public final class DamagedStoreException extends StoreException {
    DamagedStoreException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}
