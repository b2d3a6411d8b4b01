package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import java.nio.file.Path;
import java.util.List;

/** Which account's cache a headless command works on: the only one, or the one named by --user. */
final class AccountChoice {
    private AccountChoice() {
    }

    static Account choose(Path dataFolder, String user, Messages messages) {
        List<Account> accounts = new AccountRegistry(dataFolder).accounts();
        if (accounts.isEmpty()) {
            throw new CommandProblem(ExitCodes.FAILURE, messages.get("sync.export.noAccount", dataFolder));
        }
        List<Account> chosen = user == null ? accounts
                : accounts.stream().filter(a -> a.username().equalsIgnoreCase(user)).toList();
        if (chosen.isEmpty()) {
            throw new CommandProblem(ExitCodes.USAGE, messages.get("sync.export.unknownUser", user, dataFolder));
        }
        if (chosen.size() > 1) {
            throw new CommandProblem(ExitCodes.USAGE, messages.get("sync.export.manyAccounts",
                    String.join(", ", chosen.stream().map(a -> a.username() + "@" + a.serverHost()).toList())));
        }
        return chosen.getFirst();
    }
}
