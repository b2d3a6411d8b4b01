package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.store.account.Account;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.EncryptedFiles;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.store.crypto.WrongPasswordException;
import id.penghubung.sync.AttachmentFiles;
import java.util.Arrays;
import java.util.Optional;

/**
 * The data key of the account a headless command works on, unwrapped with the password
 * ({@link PasswordInput}). Empty for a cache from before encryption (no key file yet): it opens plain
 * and is sealed at the next sign-in. Close the key when done.
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
        try {
            return new AccountKey(Optional.of(KeyWrap.unlock(keyFile, password)));
        } catch (WrongPasswordException e) {
            throw new CommandProblem(ExitCodes.FAILURE, messages.get("sync.cli.wrongPassword"));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    FieldCipher cipher() {
        return key.map(FieldCipher::of).orElseGet(FieldCipher::plaintextForTests);
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
