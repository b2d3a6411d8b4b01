package id.penghubung.cli;

import id.penghubung.i18n.Messages;
import id.penghubung.model.calendar.CalendarEdition;
import id.penghubung.model.calendar.Holiday;
import id.penghubung.model.calendar.HolidayDataException;
import id.penghubung.model.calendar.HolidayTableReview;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.MovedDeadline;
import id.penghubung.store.account.Account;
import id.penghubung.sync.ImportedCalendar;
import id.penghubung.sync.ServerRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung calendar}: the holiday table in force on this computer, and loading a newly
 * decreed one (same CSV form as the bundled table) without a new release.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true, subcommands = {CalendarCommand.Show.class, CalendarCommand.Import.class})
final class CalendarCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    Messages messages() {
        return root.messages();
    }

    static void describe(WorkingCalendar calendar, Messages messages, PrintWriter out) {
        CalendarEdition edition = calendar.edition();
        out.println(messages.get("calendar.cli.version", edition.version().isEmpty() ? messages.get("calendar.version.unnamed") : edition.version(),
                messages.label(edition.origin()),
                edition.updated().map(LocalDate::toString).orElse("—")));
        for (int year : calendar.coveredYears()) {
            out.println(messages.get("calendar.cli.year", year, messages.label(edition.status(year))));
        }
    }

    /** {@code calendar show}: version, origin, and each year's status. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @ParentCommand
        private CalendarCommand parent;

        @Spec
        private CommandSpec spec;

        @Mixin
        private DataOption data;

        @Override
        public Integer call() {
            Logging.configure(data.resolve());
            describe(ImportedCalendar.current(data.resolve()), parent.messages(), spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /**
     * {@code calendar import FILE}: review, then keep the table for every account of this computer;
     * with {@code --user NAME}, also which of that account's complaints' deadlines moved ({@code --json}: as JSON).
     */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        private CalendarCommand parent;

        @Spec
        private CommandSpec spec;

        @Mixin
        private DataOption data;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "calendar.cli.file")
        private Path file;

        @Option(names = "--accept-fewer-days", descriptionKey = "calendar.cli.acceptFewer")
        private boolean acceptFewer;

        @Option(names = "--user", paramLabel = "NAME", descriptionKey = "calendar.cli.user")
        private String user;

        @Option(names = "--json", descriptionKey = "calendar.cli.json")
        private boolean json;

        @Override
        public Integer call() throws IOException {
            Path dataFolder = data.resolve();
            Logging.configure(dataFolder);
            Messages messages = parent.messages();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println(messages.get("calendar.import.noFile", file));
                return ExitCodes.USAGE;
            }
            // Issue 22: with --user, the account's rules before the import, to say which deadlines the table moves.
            Account account = user == null ? null : AccountChoice.choose(dataFolder, user, messages);
            ServerRules before = account == null ? null : CalendarMoves.rules(dataFolder, account);
            ImportedCalendar.Outcome outcome;
            try {
                outcome = ImportedCalendar.importTable(dataFolder, file, acceptFewer, LocalDate.now(WorkingCalendar.DEFAULT_ZONE));
            } catch (HolidayDataException e) {
                err.println(messages.get("calendar.import.badLine", file.getFileName(), e.line(), e.getMessage()));
                return ExitCodes.USAGE;
            }
            HolidayTableReview review = outcome.review();
            for (HolidayTableReview.Problem p : review.problems()) {
                err.println(messages.get(Messages.enumKey(p.kind()), p.year(), p.date() == null ? "" : p.date().toString()));
            }
            List<MovedDeadline> moved = outcome.written() && account != null
                    ? CalendarMoves.find(account, before, CalendarMoves.rules(dataFolder, account), messages) : List.of();
            if (json) {
                CalendarMoves.printJson(review, outcome.written(), moved, out);
                return outcome.written() ? ExitCodes.OK : ExitCodes.FAILURE;
            }
            for (Holiday h : review.added()) {
                out.println(messages.get("calendar.import.added", h.date().toString(), h.name(), messages.label(h.kind()),
                        h.estimated() ? messages.get("calendar.import.estimated") : ""));
            }
            for (Holiday h : review.removed()) {
                out.println(messages.get("calendar.import.removed", h.date().toString(), h.name(), messages.label(h.kind()),
                        h.estimated() ? messages.get("calendar.import.estimated") : ""));
            }
            for (Holiday h : review.confirmed()) {
                out.println(messages.get("calendar.import.confirmed", h.date().toString(), h.name(), messages.label(h.kind())));
            }
            if (!outcome.written()) {
                err.println(messages.get(review.acceptable(true) ? "calendar.import.refusedFewer" : "calendar.import.refused"));
                return ExitCodes.FAILURE;
            }
            out.println(messages.get("calendar.import.done", review.added().size(), review.removed().size(), review.confirmed().size()));
            if (account != null) {
                CalendarMoves.print(moved, messages, out);
            } else {
                out.println(messages.get("calendar.import.movedHint"));
            }
            describe(outcome.calendar(), messages, out);
            return ExitCodes.OK;
        }
    }
}
