package id.penghubung.ui.lock;

import id.penghubung.store.CaseStore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What locking the desk does below the window: drop the data key (the store then refuses reporter
 * identities, drafts and attachments), stop the automatic sync, delete plain attachment copies; and
 * unlocking with the account's password. A signed-in desk implements it over its sync session.
 */
public interface DeskLock {
    /** Drops the key and stops background work that needs it. Idempotent; quick; any thread. */
    void lock();

    /**
     * Opens the key again with the password (blocking, ~0.5 s: a background thread). False on a
     * wrong password; the desk then stays locked. The caller wipes the array.
     */
    boolean unlock(char[] password);

    boolean locked();

    /**
     * The store-only start (tools, tests, no account): there is no password and no key, so the store
     * is plain; the lock only hides the window and any non-empty password opens it.
     */
    static DeskLock withoutAccount(CaseStore store) {
        AtomicBoolean locked = new AtomicBoolean();
        return new DeskLock() {
            @Override
            public void lock() {
                locked.set(true);
            }

            @Override
            public boolean unlock(char[] password) {
                if (password.length == 0) {
                    return false;
                }
                locked.set(false);
                return true;
            }

            @Override
            public boolean locked() {
                return locked.get();
            }
        };
    }
}
