package id.penghubung.store;

/**
 * The store is locked (the UI dropped the data key) or was opened without the key it needs: reading
 * or writing an encrypted value (reporter identity, draft) must wait for {@link CaseStore#unlock}.
 */
public final class StoreLockedException extends StoreException {
    StoreLockedException(String messageKey, Throwable cause) {
        super(messageKey, cause);
    }
}
