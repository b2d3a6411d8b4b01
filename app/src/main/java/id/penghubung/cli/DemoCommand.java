package id.penghubung.cli;

import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.central.SeededAccount;
import id.penghubung.central.TrainingClock;
import id.penghubung.i18n.Messages;
import id.penghubung.model.Role;
import id.penghubung.ui.signin.SignInPort.DemoAccount;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung demo}: a seeded training server on a free loopback port and the desktop
 * application signed-in-ready against it, so a newcomer sees real work in one command. The demo's
 * accounts and cache live in their own folder, apart from any real account.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--complaints", paramLabel = "N", defaultValue = "3000", descriptionKey = "cli.central.complaints")
    private int complaints;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.central.seed")
    private long seed;

    @Option(names = "--clock", paramLabel = "ISO-8601", descriptionKey = "cli.central.clock")
    private String clock;

    @Override
    public Integer call() throws IOException {
        Path demoFolder = data.resolve().resolve("demo");
        Logging.configure(demoFolder);
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("cli.demo.starting", complaints));
        CentralConfig config = CentralConfig.defaults().withPort(0).withSeed(seed).withComplaints(complaints);
        if (clock != null) {
            try {
                config = config.withClock(TrainingClock.startingAt(OffsetDateTime.parse(clock)));
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), messages.get("central.badClock", clock), e, null, clock);
            }
        }
        try (CentralServer server = CentralServer.start(config)) {
            String url = server.baseUri().toString().replaceAll("/+$", "");
            List<DemoAccount> accounts = demoAccounts(server.accounts());
            out.println(messages.get("cli.demo.ready", url));
            accounts.forEach(a -> out.println("  " + a.username() + " / " + a.password() + "  (" + a.role() + ")"));
            out.flush();
            DesktopStart.run(demoFolder, messages.locale(), url, accounts);
        }
        return ExitCodes.OK;
    }

    /** The officer first (that is the desk to see), then the Ombudsman office; the admin cannot act, so it is left out. */
    static List<DemoAccount> demoAccounts(List<SeededAccount> seeded) {
        return seeded.stream()
                .filter(a -> a.role() != Role.ADMIN)
                .sorted(Comparator.comparing((SeededAccount a) -> !a.username().equals("penghubung"))
                        .thenComparing(a -> a.role() != Role.OFFICER)
                        .thenComparing(SeededAccount::username))
                .map(a -> new DemoAccount(a.username(), a.password(), a.name()))
                .toList();
    }
}
