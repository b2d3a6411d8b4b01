package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.sync.AuthenticationRequired;
import id.penghubung.sync.CentralException;
import id.penghubung.sync.ImportedCalendar;
import id.penghubung.sync.InsecureServerException;
import id.penghubung.sync.OfflinePolicy;
import id.penghubung.sync.Session;
import id.penghubung.sync.SignInResult;
import id.penghubung.sync.SignInService;
import id.penghubung.sync.SyncListener;
import id.penghubung.sync.SyncReport;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.sync.HeldNotice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung sync}: one headless sync of an account's cache. Exit 0 only when nothing is left
 * to send (every remaining outbox entry is a recorded conflict or rejection), 1 otherwise.
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand implements Callable<Integer> {
    static final String PASSWORD_ENV = "PENGHUBUNG_PASSWORD";
    /** After a password change elsewhere: the previous password, to re-wrap this computer's data key. */
    static final String PREVIOUS_PASSWORD_ENV = "PENGHUBUNG_PREVIOUS_PASSWORD";

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--server", paramLabel = "URL", required = true, descriptionKey = "cli.sync.server")
    private String server;

    @Option(names = "--user", paramLabel = "NAME", required = true, descriptionKey = "cli.sync.user")
    private String user;

    @Override
    public Integer call() {
        Logging.configure(data.resolve());
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<char[]> password = password(messages, err);
        if (password.isEmpty()) {
            err.println(messages.get("sync.cli.noPassword"));
            return ExitCodes.USAGE;
        }
        SignInResult result;
        String previousFromEnv = System.getenv(PREVIOUS_PASSWORD_ENV);
        char[] previous = previousFromEnv == null ? null : previousFromEnv.toCharArray();
        try {
            result = SignInService.standard(data.resolve(), ImportedCalendar.holder(data.resolve()))
                    .signIn(server, user, password.get(), previous);
        } catch (InsecureServerException e) {
            err.println(messages.get("sync.cli.insecure", server));
            return ExitCodes.USAGE;
        } finally {
            Arrays.fill(password.get(), '\0');
            if (previous != null) {
                Arrays.fill(previous, '\0');
            }
        }
        return switch (result) {
            case SignInResult.WrongPassword w -> {
                err.println(messages.get("sync.cli.wrongPassword"));
                yield ExitCodes.FAILURE;
            }
            case SignInResult.PreviousPasswordNeeded p -> {
                err.println(messages.get("security.cli.previousPassword", PREVIOUS_PASSWORD_ENV));
                yield ExitCodes.FAILURE;
            }
            case SignInResult.OnlineSignInNeeded o -> {
                err.println(messages.get("sync.cli.onlineNeeded", OfflinePolicy.DEFAULT_MAX_OFFLINE.toDays()));
                yield ExitCodes.FAILURE;
            }
            case SignInResult.Unreachable u -> {
                err.println(messages.get("sync.cli.unreachable", server, user, u.reason()));
                yield ExitCodes.FAILURE;
            }
            case SignInResult.WeakPassword w -> {
                err.println(messages.get(w.messageKey(), w.args().toArray()));
                yield ExitCodes.FAILURE;
            }
            case SignInResult.ServerError s -> {
                err.println(messages.get("sync.cli.serverError", s.status(), s.code(), s.message()));
                yield ExitCodes.FAILURE;
            }
            case SignInResult.SignedIn signedIn -> {
                try (Session session = signedIn.session()) {
                    yield signedIn.mode() == SignInResult.Mode.OFFLINE
                            ? offline(session, messages, out, err)
                            : sync(session, messages, out, err);
                }
            }
        };
    }

    private int sync(Session session, Messages messages, PrintWriter out, PrintWriter err) {
        out.println(messages.get("sync.cli.signedIn", session.api().server(), session.account().displayName(),
                session.account().role().name()));
        try {
            SyncReport report = session.sync(SyncListener.NONE); // recorded as the last sync, as the desk's are
            out.println(messages.get("sync.cli.pushed", report.applied(), report.duplicates(), report.conflicts(), report.rejected()));
            out.println(messages.get("sync.cli.pulled", report.pulled(), report.pages(), report.removed(), report.skipped()));
            out.println(messages.get("sync.cli.outbox", report.pendingLeft(), report.quarantined()));
            if (report.held() > 0) {
                out.println(HeldNotice.details(messages, session.store().heldRecords()));
            }
            out.println(messages.get("sync.cli.summary", report.took().toMillis(), report.requests(), report.bytes()));
            return report.outboxSettled() ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (AuthenticationRequired e) {
            err.println(messages.get("sync.cli.authRequired"));
            return ExitCodes.FAILURE;
        } catch (CentralException e) {
            err.println(messages.get("sync.cli.failed", OfficerText.of(messages, e).replaceFirst("\\.$", "")));
            printOutbox(session, messages, out);
            return ExitCodes.FAILURE;
        }
    }

    private int offline(Session session, Messages messages, PrintWriter out, PrintWriter err) {
        err.println(messages.get("sync.cli.offline", server));
        printOutbox(session, messages, out);
        return ExitCodes.FAILURE;
    }

    private static void printOutbox(Session session, Messages messages, PrintWriter out) {
        var left = session.store().outbox();
        long quarantined = left.stream().filter(e -> switch (e.state()) {
            case CONFLICT, REJECTED -> true;
            default -> false;
        }).count();
        out.println(messages.get("sync.cli.outbox", left.size() - quarantined, quarantined));
    }

    /** From the environment, else one line of standard input (with a prompt when a person is typing). */
    private Optional<char[]> password(Messages messages, PrintWriter err) {
        String fromEnv = System.getenv(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv.toCharArray());
        }
        if (System.console() != null) {
            char[] typed = System.console().readPassword("%s ", messages.get("sync.cli.passwordPrompt", user));
            return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
            return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line.toCharArray());
        } catch (IOException e) {
            err.println(messages.get("sync.cli.noPassword"));
            return Optional.empty();
        }
    }
}
