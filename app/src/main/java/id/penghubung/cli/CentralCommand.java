package id.penghubung.cli;

import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.central.FaultSpec;
import id.penghubung.central.SeededAccount;
import id.penghubung.central.TrainingClock;
import id.penghubung.i18n.Messages;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code penghubung central}: the training central server in the foreground, until Ctrl+C. */
@Command(name = "central", mixinStandardHelpOptions = true)
final class CentralCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", descriptionKey = "cli.central.port")
    private int port;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.central.seed")
    private long seed;

    @Option(names = "--complaints", paramLabel = "N", defaultValue = "500", descriptionKey = "cli.central.complaints")
    private int complaints;

    @Option(names = "--faults", paramLabel = "SPEC", descriptionKey = "cli.central.faults")
    private String faults;

    @Option(names = "--clock", paramLabel = "ISO-8601", descriptionKey = "cli.central.clock")
    private String clock;

    @Override
    public Integer call() throws Exception {
        Messages messages = root.messages();
        FaultSpec faultSpec;
        try {
            faultSpec = FaultSpec.parse(faults);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), messages.get("central.badFaults", e.getMessage()), e, null, faults);
        }
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), messages.get("central.badPort", port));
        }
        if (complaints < 0) {
            throw new ParameterException(spec.commandLine(), messages.get("central.badComplaints", complaints));
        }
        // Without --data the world is temporary: same --seed and --complaints, same world, every start.
        data.explicit().ifPresent(dir -> Logging.configure(dir.toAbsolutePath()));
        CentralConfig config = CentralConfig.defaults().withPort(port).withSeed(seed).withComplaints(complaints).withFaults(faultSpec);
        if (data.explicit().isPresent()) {
            config = config.withDataDir(data.explicit().get().toAbsolutePath());
        }
        if (clock != null) {
            config = config.withClock(TrainingClock.startingAt(trainingStart(messages)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("central.starting", complaints, seed));
        if (clock != null) {
            out.println(messages.get("central.clock", trainingStart(messages).toString()));
        }
        out.flush();
        CentralServer server = CentralServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "central-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        // The contract fixes this line exactly; scripts wait for it.
        out.println("listening on " + server.baseUri());
        out.println(messages.get("central.accounts"));
        for (SeededAccount account : server.accounts()) {
            String scope = account.agencyId().or(account::regionId).orElse("-");
            out.println(messages.get("central.account", account.username(), account.password(),
                    account.role().name(), account.name(), scope));
        }
        if (!faultSpec.isNone()) {
            out.println(messages.get("central.faults", faults));
        }
        out.println(messages.get("central.stopHint"));
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** The moment {@code --clock} names: an ISO-8601 date-time with its offset, e.g. 2027-03-08T10:00+07:00. */
    private OffsetDateTime trainingStart(Messages messages) {
        try {
            return OffsetDateTime.parse(clock);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), messages.get("central.badClock", clock), e, null, clock);
        }
    }
}
