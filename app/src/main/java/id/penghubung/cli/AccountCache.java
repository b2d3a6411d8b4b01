package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DamagedStoreException;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.store.SearchLater;
import id.penghubung.store.account.Account;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A headless command's way into an account's cache, as every such command signs in: the account (the only one,
 * or {@code --user}), its data key unlocked with the password ({@link AccountKey}), the cache opened. A damaged
 * cache is a {@link CommandProblem} that names the way out ({@code penghubung rebuild}). Close it when done.
 */
final class AccountCache implements AutoCloseable {
    private final Account account;
    private final AccountKey key;
    private final CaseStore store;

    private AccountCache(Account account, AccountKey key, CaseStore store) {
        this.account = account;
        this.key = key;
        this.store = store;
    }

    /** The cache of the account {@code user} names (or the only one), without deadlines (none are recomputed). */
    static AccountCache open(Path dataFolder, String user, Messages messages) {
        return open(AccountChoice.choose(dataFolder, user, messages), messages, DeadlineIndex.none());
    }

    /** The cache of {@code account}, its deadlines under {@code deadlines}. */
    static AccountCache open(Account account, Messages messages, DeadlineIndex deadlines) {
        return open(account, AccountKey.unlock(account, messages), messages, deadlines);
    }

    /** The cache of {@code account} with its {@code key} already unlocked (closed with the cache, or here on failure). */
    static AccountCache open(Account account, AccountKey key, Messages messages, DeadlineIndex deadlines) {
        try {
            // A command opens the search index only if it searches: print and export never pay for it.
            return new AccountCache(account, key, SearchLater.open(account.cacheFile(), deadlines, Clock.systemUTC(), key.cipher()));
        } catch (DamagedStoreException e) {
            key.close();
            throw new CommandProblem(ExitCodes.FAILURE, messages.get("cli.rebuild.damaged", account.username()));
        } catch (RuntimeException e) {
            key.close();
            throw e;
        }
    }

    Account account() {
        return account;
    }

    AccountKey key() {
        return key;
    }

    CaseStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            key.close();
        }
    }
}
