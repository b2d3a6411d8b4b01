package id.penghubung.ui.support;

import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.ui.app.Desk;
import java.nio.file.Path;
import java.util.Optional;

/** The remembered account whose cache the desk has open (the desk itself knows only the acting officer). */
final class SignedInAccount {
    private SignedInAccount() {
    }

    static Optional<Account> of(Path dataFolder, Desk desk) {
        Path cache = desk.store().file().toAbsolutePath();
        return new AccountRegistry(dataFolder).accounts().stream()
                .filter(a -> a.cacheFile().toAbsolutePath().equals(cache))
                .findFirst();
    }
}
