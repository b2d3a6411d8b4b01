package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.action.Problem;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.store.account.Account;
import id.penghubung.store.export.PrivateSpool;
import id.penghubung.store.register.RegisterImport;
import id.penghubung.store.register.RegisterImport.Outcome;
import id.penghubung.store.register.RegisterImport.RowResult;
import id.penghubung.sync.ReferenceCache;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung import}: a register of complaints received by phone, letter or at the counter
 * (CSV or XLSX) into the outbox as CREATE actions, sent at the next sync (issue 20). Signs in to the
 * local cache like {@code export}. Refused rows are listed with their reasons in the report (CSV).
 * Importing the same file again skips the rows already imported.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    static final List<String> REPORT_HEADER = List.of("row", "outcome", "complaintId", "reasons");

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--file", paramLabel = "FILE", required = true, descriptionKey = "cli.import.file")
    private Path file;

    @Option(names = "--report", paramLabel = "FILE", descriptionKey = "cli.import.report")
    private Path report;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.export.user")
    private String user;

    @Override
    public Integer call() throws IOException {
        Path dataFolder = data.resolve();
        Logging.configure(dataFolder);
        Messages messages = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println(messages.get("cli.import.noFile", file));
            return ExitCodes.USAGE;
        }
        Account account = AccountChoice.choose(dataFolder, user, messages);
        Map<String, String> categories = new LinkedHashMap<>();
        new ReferenceCache(account.referenceFile()).current().ifPresent(r -> SessionReference.flatten(r.categories(), categories));
        ActingAccount acting = new ActingAccount(account.userId(), account.displayName(), account.role(), account.agencyId());
        List<RowResult> results;
        try (AccountCache cache = AccountCache.open(account, messages, DeadlineIndex.none())) {
            results = new RegisterImport(cache.store(), acting, new RegisterImport.Reference(categories, ZoneId.systemDefault()),
                    Clock.systemUTC()).run(file);
        }
        if (report != null) {
            PrivateSpool spool = PrivateSpool.in(dataFolder);
            spool.sweep();
            spool.write(report, stream -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                writeReport(results, messages, out);
                out.flush();
                return (long) results.size();
            });
        }
        Map<Outcome, Long> counts = results.stream().collect(Collectors.groupingBy(RowResult::outcome, Collectors.counting()));
        err.println(messages.get("cli.import.done", counts.getOrDefault(Outcome.IMPORTED, 0L),
                counts.getOrDefault(Outcome.ALREADY_IMPORTED, 0L), counts.getOrDefault(Outcome.REFUSED, 0L)));
        return ExitCodes.OK;
    }

    static void writeReport(List<RowResult> results, Messages messages, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(REPORT_HEADER.toArray(String[]::new)).build());
        for (RowResult r : results) {
            String reasons = r.problems().stream().map(p -> reason(p, messages)).collect(Collectors.joining(" | "));
            csv.printRecord(r.row(), r.outcome().name(), r.complaintId() == null ? "" : r.complaintId(), reasons);
        }
        csv.flush();
    }

    private static String reason(Problem p, Messages messages) {
        return p.field() + ": " + messages.get(p.messageKey(), p.args().toArray());
    }
}
