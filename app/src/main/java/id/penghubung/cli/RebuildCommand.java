package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.Salvage;
import id.penghubung.store.StoreException;
import id.penghubung.store.account.Account;
import id.penghubung.sync.ImportedCalendar;
import id.penghubung.sync.ReferenceCache;
import id.penghubung.sync.ServerRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung rebuild}: the way out of a damaged cache from the command line, as the desk's sign-in offers
 * it ({@link Salvage}): the officer's drafts, unsent actions and audit log are kept, the damaged file is set
 * aside, and the next sync ({@code penghubung sync} or the desk) refills the complaints. A sound cache is left
 * alone unless {@code --force}.
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true)
final class RebuildCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "sync.cli.userOption")
    private String user;

    @Option(names = "--force", descriptionKey = "cli.rebuild.force")
    private boolean force;

    @Override
    public Integer call() {
        Path dataFolder = data.resolve();
        Logging.configure(dataFolder);
        Messages messages = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        Account account = AccountChoice.choose(dataFolder, user, messages);
        ServerRules rules = new ServerRules(ImportedCalendar.holder(dataFolder), SlaPolicy.standard(), Clock.systemUTC());
        new ReferenceCache(account.referenceFile()).current().ifPresent(rules::adopt);
        try (AccountKey key = AccountKey.unlock(account, messages)) {
            if (!force && sound(account, key, rules)) {
                err.println(messages.get("cli.rebuild.sound", account.username()));
                return ExitCodes.OK;
            }
            Salvage.Outcome kept = Salvage.rebuild(account.cacheFile(), rules, Clock.systemUTC(), key.cipher());
            try (CaseStore store = kept.store()) {
                store.audit(account.username(), Salvage.AUDIT_ACTION, kept.auditDetail());
            }
            err.println(messages.get("cli.rebuild.done", kept.drafts(), kept.actions(), kept.auditEntries()));
            if (!kept.unreadable().isEmpty()) {
                err.println(messages.get("cli.rebuild.unreadable", String.join(", ", kept.unreadable())));
            }
        }
        return ExitCodes.OK;
    }

    private static boolean sound(Account account, AccountKey key, ServerRules rules) {
        try (CaseStore store = CaseStore.open(account.cacheFile(), rules, Clock.systemUTC(), key.cipher())) {
            return store.integrityCheck().ok();
        } catch (StoreException e) {
            return false;
        }
    }
}
