package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.store.account.Account;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.EncryptedFiles;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.store.crypto.WrongPasswordException;
import id.penghubung.sync.AttachmentFiles;
import id.penghubung.sync.OfflinePolicy;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The data key of the account a headless command works on, unwrapped with the password
 * ({@link PasswordInput}). Empty for a cache from before encryption (no key file yet): it opens plain
 * and is sealed at the next sign-in. Like an offline sign-in, it refuses once the maximum offline
 * period since the last online sign-in is over ({@link OfflinePolicy}). Close the key when done.
 */
final class AccountKey implements AutoCloseable {
    private final Optional<DataKey> key;

    private AccountKey(Optional<DataKey> key) {
        this.key = key;
    }

    static AccountKey unlock(Account account, Messages messages) {
        var keyFile = KeyWrap.fileIn(account.folder());
        if (!KeyWrap.exists(keyFile)) {
            return new AccountKey(Optional.empty());
        }
        char[] password = PasswordInput.read(messages.get("sync.cli.passwordPrompt", account.username()))
                .orElseThrow(() -> new CommandProblem(ExitCodes.USAGE, messages.get("sync.cli.noPassword")));
        DataKey key;
        try {
            key = KeyWrap.unlock(keyFile, password);
        } catch (WrongPasswordException e) {
            throw new CommandProblem(ExitCodes.FAILURE, messages.get("sync.cli.wrongPassword"));
        } finally {
            Arrays.fill(password, '\0');
        }
        // The cache opens offline only within the maximum offline period, as at the desk's sign-in.
        if (OfflinePolicy.standard().allowanceFor(account, key, Instant.now()).expired(Instant.now())) {
            key.close();
            throw new CommandProblem(ExitCodes.FAILURE,
                    messages.get("sync.cli.onlineNeeded", OfflinePolicy.DEFAULT_MAX_OFFLINE.toDays()));
        }
        return new AccountKey(Optional.of(key));
    }

    FieldCipher cipher() {
        return key.map(FieldCipher::of).orElseGet(FieldCipher::plain);
    }

    AttachmentFiles attachments(Account account) {
        return key.map(k -> new AttachmentFiles(account.attachmentsFolder(), EncryptedFiles.of(k)))
                .orElseGet(() -> new AttachmentFiles(account.attachmentsFolder()));
    }

    @Override
    public void close() {
        key.ifPresent(DataKey::close);
    }
}
