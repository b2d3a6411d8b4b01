package id.penghubung.cli;

import id.penghubung.casefile.PeriodicReportWriter;
import id.penghubung.i18n.Messages;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.ReportFacts;
import id.penghubung.store.account.Account;
import id.penghubung.store.export.PrivateSpool;
import id.penghubung.sync.ImportedCalendar;
import id.penghubung.sync.ReferenceCache;
import id.penghubung.sync.ServerRules;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung report}: the indicators and ranking of issue 18 for a period, from the local cache,
 * as JSON, CSV, XLSX or the periodic report's PDF. Signs in to the cache like {@code export} (password from
 * {@code PENGHUBUNG_PASSWORD}, the console or standard input); deadlines by the calendar and policy the
 * account last fetched, as {@code print}; each report is written to the audit log.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
    enum Format { JSON, CSV, PDF, XLSX }

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, descriptionKey = "cli.report.from")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, descriptionKey = "cli.report.to")
    private LocalDate to;

    @Option(names = "--by", paramLabel = "institution|unit|category|regency", required = true, descriptionKey = "cli.report.by")
    private String by;

    @Option(names = "--format", paramLabel = "json|csv|pdf|xlsx", required = true, descriptionKey = "cli.report.format")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.report.out")
    private Path out;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.report.user")
    private String user;

    @Override
    public Integer call() throws IOException {
        Messages messages = root.messages();
        if (to.isBefore(from)) {
            throw new CommandProblem(ExitCodes.USAGE, messages.get("cli.report.badPeriod", from.toString(), to.toString()));
        }
        ReportGrouping grouping;
        try {
            grouping = ReportGrouping.parse(by);
        } catch (IllegalArgumentException e) {
            throw new CommandProblem(ExitCodes.USAGE, messages.get("cli.report.badGrouping", by));
        }
        Path dataFolder = data.resolve();
        Logging.configure(dataFolder);
        Account account = AccountChoice.choose(dataFolder, user, messages);
        PrivateSpool spool = PrivateSpool.in(dataFolder);
        spool.sweep();
        ServerRules rules = new ServerRules(ImportedCalendar.holder(dataFolder), SlaPolicy.standard(), Clock.systemUTC());
        new ReferenceCache(account.referenceFile()).current().ifPresent(rules::adopt);
        DeadlineCalculator calculator = rules.calculator();
        Instant now = Instant.now();
        try (AccountCache cache = AccountCache.open(account, messages, rules);
                ReportFacts facts = ReportFacts.open(cache.store())) {
            IndicatorReport report = facts.report(new ReportPeriod(from, to), grouping, calculator, now);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            spool.write(out, stream -> {
                if (format == Format.PDF) {
                    return new PeriodicReportWriter(messages.locale(), account.displayName(), now).write(report, stream);
                }
                if (format == Format.XLSX) {
                    ReportWorkbook.write(report, stream);
                    return report.groups().size();
                }
                Writer file = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                if (format == Format.JSON) {
                    ReportFiles.json(report, file);
                } else {
                    ReportFiles.csv(report, file);
                }
                file.flush();
                return report.groups().size();
            });
            cache.store().recordExport(account.username() + "@" + account.serverHost(), "REPORT_" + format.name(),
                    report.groups().size(), out.getFileName().toString(), false);
            spec.commandLine().getErr().println(messages.get("cli.report.done", report.groups().size(), out));
        }
        return ExitCodes.OK;
    }
}
