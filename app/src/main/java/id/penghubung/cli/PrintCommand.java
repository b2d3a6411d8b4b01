package id.penghubung.cli;

import id.penghubung.casefile.BatchResult;
import id.penghubung.casefile.CaseFilePrewarm;
import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineUrgency;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxSort;
import id.penghubung.store.InboxView;
import id.penghubung.store.ReportFacts;
import id.penghubung.store.account.Account;
import id.penghubung.store.export.PrivateSpool;
import id.penghubung.sync.AttachmentFiles;
import id.penghubung.sync.ImportedCalendar;
import id.penghubung.sync.ReferenceRules;
import id.penghubung.sync.ServerRules;
import id.penghubung.ui.print.CaseFilePrinting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung print}: case files from the local cache into one PDF, no window; with
 * {@code --ranking-from}/{@code --ranking-to} the period's ranking page goes in front (the Ombudsman's batch).
 */
@Command(name = "print", mixinStandardHelpOptions = true)
final class PrintCommand implements Callable<Integer> {
    private static final int PAGE = 500;

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "cli.print.out")
    private Path out;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.print.user")
    private String user;

    @Option(names = "--notes", descriptionKey = "cli.print.notes")
    private boolean includeInternalNotes;

    @Option(names = "--with-identities", descriptionKey = "cli.print.withIdentities")
    private boolean includeIdentities;

    @Option(names = "--ranking-from", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.print.rankingFrom")
    private LocalDate rankingFrom;

    @Option(names = "--ranking-to", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.print.rankingTo")
    private LocalDate rankingTo;

    @Option(names = "--ranking-by", paramLabel = "institution|unit|category|regency", defaultValue = "institution",
            descriptionKey = "cli.print.rankingBy")
    private String rankingBy;

    static final class Selection {
        @Option(names = "--case", paramLabel = "TRACKING_ID", arity = "1..*", descriptionKey = "cli.print.case")
        List<String> cases;

        @Option(names = "--overdue", descriptionKey = "cli.print.overdue")
        boolean overdue;
    }

    @Override
    public Integer call() throws IOException {
        Path dataFolder = data.resolve();
        Logging.configure(dataFolder);
        // Fonts and PDFBox readied on the second core while this thread unlocks the key and opens the cache.
        CaseFilePrewarm.start();
        Messages messages = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        Account account = AccountChoice.choose(dataFolder, user, messages);
        // What a killed print or export left (kill -9 runs no hooks) goes before anything is written.
        PrivateSpool.in(dataFolder).sweep();

        // The deadline rules are read on another thread while this one unlocks the key (Argon2, single-threaded).
        CompletableFuture<ServerRules> reading = CompletableFuture.supplyAsync(() -> rules(dataFolder, account));
        AccountKey key = AccountKey.unlock(account, messages);
        ServerRules rules = reading.join();
        DeadlineCalculator calculator = rules.calculator();
        Instant now = Instant.now();

        try (AccountCache cache = AccountCache.open(account, key, messages, rules)) {
            CaseStore store = cache.store();
            AttachmentFiles attachments = cache.key().attachments(account);
            List<String> ids = selection.overdue ? overdueIds(store, now, calculator) : requestedIds(store, messages);
            if (ids.isEmpty()) {
                err.println(messages.get("cli.print.nothing"));
                return ExitCodes.FAILURE;
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // The desk's print service: the same pipeline, the same audit entry. The PDF and its scratch
            // file grow in the private spool; the destination sees the whole file or none.
            CaseFilePrinting printing = new CaseFilePrinting(store, calculator, sha -> read(attachments, sha), account.userId(),
                    account.displayName(), Clock.fixed(now, calculator.calendar().zone()), messages.locale(),
                    PrivateSpool.in(dataFolder));
            Optional<IndicatorReport> ranking = ranking(store, calculator, now, messages);
            CaseFilePrinting.Printed printed = printing.write(ids,
                    new CaseFilePrinting.Choice(includeInternalNotes, includeIdentities, false), out, (done, total) -> { }, () -> false,
                    ranking);
            printing.audit(printed, out.getFileName().toString());
            BatchResult result = printed.result();
            err.println(messages.get("cli.print.done", result.written(), result.pages(), out));
            return ExitCodes.OK;
        }
    }

    /** Deadlines by the server's calendar and policy when this account has fetched them. */
    private static ServerRules rules(Path dataFolder, Account account) {
        ServerRules rules = new ServerRules(ImportedCalendar.holder(dataFolder), SlaPolicy.standard(), Clock.systemUTC());
        // Only the rules of the cached reference data: print lists no units, categories or templates.
        ReferenceRules.read(account.referenceFile()).ifPresent(rules::adopt);
        return rules;
    }

    /** The ranking page asked for with {@code --ranking-from}/{@code --ranking-to}: the {@code report} command's numbers. */
    private Optional<IndicatorReport> ranking(CaseStore store, DeadlineCalculator calculator, Instant now, Messages messages) {
        if (rankingFrom == null && rankingTo == null) {
            return Optional.empty();
        }
        if (rankingFrom == null || rankingTo == null || rankingTo.isBefore(rankingFrom)) {
            throw new CommandProblem(ExitCodes.USAGE, messages.get("cli.print.badRanking"));
        }
        ReportGrouping grouping;
        try {
            grouping = ReportGrouping.parse(rankingBy);
        } catch (IllegalArgumentException e) {
            throw new CommandProblem(ExitCodes.USAGE, messages.get("cli.report.badGrouping", rankingBy));
        }
        try (ReportFacts facts = ReportFacts.open(store)) {
            return Optional.of(facts.report(new ReportPeriod(rankingFrom, rankingTo), grouping, calculator, now));
        }
    }

    private List<String> requestedIds(CaseStore store, Messages messages) {
        List<String> ids = new ArrayList<>();
        for (String text : selection.cases) {
            TrackingId trackingId = TrackingId.parse(text).orElseThrow(() ->
                    new CommandProblem(ExitCodes.USAGE, messages.get("cli.print.badTrackingId", text)));
            Complaint complaint = store.byTrackingId(trackingId).orElseThrow(() ->
                    new CommandProblem(ExitCodes.FAILURE, messages.get("cli.print.unknownCase", trackingId.toString())));
            ids.add(complaint.id());
        }
        return ids;
    }

    /** Every open complaint past a deadline, most overdue first, from the store's deadline index. */
    private static List<String> overdueIds(CaseStore store, Instant now, DeadlineCalculator calculator) {
        Instant soon = calculator.calendar().addWorkingDays(now, DeadlineUrgency.SOON_WORKING_DAYS);
        InboxQuery overdue = InboxQuery.of(InboxView.OVERDUE, now, soon).withSort(InboxSort.DEADLINE, false);
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<InboxRow> rows = store.page(overdue, offset, PAGE);
            rows.forEach(row -> ids.add(row.id()));
            if (rows.size() < PAGE) {
                return ids;
            }
        }
    }

    private static Optional<byte[]> read(AttachmentFiles attachments, String sha256) {
        if (attachments.file(sha256).isEmpty()) {
            return Optional.empty();
        }
        try {
            // Decrypted in memory for the PDF; the file on disk stays ciphertext.
            return Optional.of(attachments.readAll(sha256));
        } catch (IOException e) {
            // The case file lists an unreadable attachment without its picture rather than failing.
            LoggerFactory.getLogger(PrintCommand.class).warn("Attachment {} unreadable: {}", sha256, e.getMessage());
            return Optional.empty();
        }
    }
}
