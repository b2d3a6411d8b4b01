package id.penghubung.ui.print;

import id.penghubung.casefile.BatchResult;
import id.penghubung.i18n.Messages;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.store.InboxRow;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.inbox.PagedSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Cetak berkas": which complaints (the selected rows or everything the table shows), one PDF with a
 * table of contents or one file each, internal notes or not (not by default; not offered at all on a
 * desk that never has them), reporter identities or not (not by default: files leaving the office);
 * then writing on a background thread with progress and cancel, and afterwards sending the files to a
 * printer. Every batch that leaves files, and every print, is written to the audit log with the
 * choice of identities, the same entry as the {@code print} command's ({@link CaseFilePrinting}).
 */
public final class PrintViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PrintViewModel.class);
    /** Rows read per page when collecting "all in this view". */
    static final int COLLECT_PAGE = 500;

    /** Which complaints. */
    public enum Scope { SELECTED, VIEW }

    /**
     * Where the ranking page in front of a batch comes from (the Ombudsman desk's "Peringkat instansi"):
     * called on the FX thread when a run starts, it reads the ranking's chosen period and regency and
     * returns the computation, which runs in the background.
     */
    @FunctionalInterface
    public interface RankingSource {
        Supplier<IndicatorReport> snapshot();
    }

    /**
     * What comes out: the outcome of the last run; {@code files} the saved files (empty when nothing
     * was written, or when it was printed directly); {@code printer} set when it went to a printer.
     */
    public record Outcome(int written, int pages, List<Path> files, boolean cancelled, Optional<String> error,
            Optional<String> printer) {
        public Outcome {
            files = List.copyOf(files);
        }

        public boolean produced() {
            return !files.isEmpty();
        }
    }

    private final Messages messages;
    private final CaseFilePrinting printing;
    private final Supplier<Optional<PagedSource<InboxRow>>> shown;
    private final IntSupplier shownCount;
    private final Executor background;
    private final Executor ui;
    private final ZoneId zone;
    private final ObservableList<InboxRow> selected = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.SELECTED);
    private final BooleanProperty oneFileEach = new SimpleBooleanProperty(false);
    private final BooleanProperty includeInternalNotes = new SimpleBooleanProperty(false);
    private final BooleanProperty includeIdentities = new SimpleBooleanProperty(false);
    private volatile boolean notesOffered = true;
    private final BooleanProperty includeRanking = new SimpleBooleanProperty(false);
    private volatile Optional<RankingSource> rankingSource = Optional.empty();
    /** The last run's files as written (for the audit of a later "Cetak ke printer"); background threads only. */
    private volatile CaseFilePrinting.Printed lastPrinted;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final AtomicBoolean cancel = new AtomicBoolean();

    public PrintViewModel(Messages messages, CaseFilePrinting printing, Supplier<Optional<PagedSource<InboxRow>>> shown,
            IntSupplier shownCount, Executor background, Executor ui, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.printing = Objects.requireNonNull(printing);
        this.shown = Objects.requireNonNull(shown);
        this.shownCount = Objects.requireNonNull(shownCount);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.zone = Objects.requireNonNull(zone);
    }

    /** Before the dialog shows: the selection when there is one, else the whole view; notes and identities off; one PDF. */
    public void prepare() {
        scope.set(selected.isEmpty() ? Scope.VIEW : Scope.SELECTED);
        oneFileEach.set(false);
        includeInternalNotes.set(false);
        includeIdentities.set(false);
        includeRanking.set(false);
        outcome.set(null);
        progress.set(0);
        status.set("");
    }

    /** How many case files the chosen scope holds. */
    public int count() {
        return scope.get() == Scope.SELECTED ? selected.size() : shownCount.getAsInt();
    }

    public String selectedLabel() {
        return messages.get("ui.print.scopeSelected", selected.size());
    }

    public String viewLabel() {
        return messages.get("ui.print.scopeView", shownCount.getAsInt());
    }

    /** True when there is anything to print in the chosen scope. */
    public boolean canStart() {
        return !running.get() && count() > 0;
    }

    /** A file name for the chooser: the tracking number for one, the date for many. */
    public String suggestedName(LocalDate today) {
        if (scope.get() == Scope.SELECTED && selected.size() == 1) {
            return messages.get("ui.print.fileOne", selected.getFirst().trackingId().value()) + ".pdf";
        }
        return messages.get("ui.print.fileMany", today.toString()) + ".pdf";
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Writes the case files to {@code target} (a PDF file, or a folder for one file each) in the
     * background. Ignored while a run is going.
     */
    public void start(Path target) {
        Objects.requireNonNull(target, "target");
        run(Optional.of(target), Optional.empty());
    }

    /**
     * "Cetak langsung": writes the case files into a private temporary folder, sends them to
     * {@code printer} and deletes them, printed or not (they hold reporter identities; nothing is
     * left on disk). Ignored while a run is going.
     */
    public void printDirect(PagePrinter printer) {
        Objects.requireNonNull(printer, "printer");
        run(Optional.empty(), Optional.of(printer));
    }

    /** One run: into {@code saveTo}, or (empty) into a spool folder that {@code printer} empties. */
    private void run(Optional<Path> saveTo, Optional<PagePrinter> printer) {
        if (running.get()) {
            return;
        }
        cancel.set(false);
        running.set(true);
        outcome.set(null);
        progress.set(-1);
        status.set(messages.get("ui.print.collecting"));
        Scope chosen = scope.get();
        List<String> picked = selected.stream().map(InboxRow::id).toList();
        Optional<PagedSource<InboxRow>> source = shown.get();
        boolean each = oneFileEach.get();
        CaseFilePrinting.Choice choice = new CaseFilePrinting.Choice(notesOffered && includeInternalNotes.get(),
                includeIdentities.get(), each);
        String spoolName = suggestedName(LocalDate.now(zone));
        Optional<Supplier<IndicatorReport>> ranking = includeRanking.get() && !each
                ? rankingSource.map(RankingSource::snapshot) : Optional.empty();
        background.execute(() -> {
            Outcome result;
            Optional<Path> spool = Optional.empty();
            Path target = saveTo.orElse(null);
            try {
                if (saveTo.isEmpty()) {
                    // Owner-only (0700) where the file system has permissions; deleted below.
                    spool = Optional.of(Files.createTempDirectory("penghubung-print-"));
                    target = each ? spool.get() : spool.get().resolve(spoolName);
                }
                List<String> ids = chosen == Scope.SELECTED ? picked : collect(source);
                ui.execute(() -> status.set(messages.get("ui.print.progress", 0, ids.size())));
                CaseFilePrinting.Printed printed = printing.write(ids, choice, target, (done, total) -> ui.execute(() -> {
                    progress.set(total == 0 ? 0 : (double) done / total);
                    status.set(messages.get("ui.print.progress", done, total));
                }), cancel::get, ranking.map(Supplier::get));
                BatchResult r = printed.result();
                lastPrinted = printed;
                if (printer.isPresent()) {
                    result = r.files().isEmpty() || r.cancelled()
                            ? new Outcome(r.written(), r.pages(), List.of(), r.cancelled(), Optional.empty(), Optional.empty())
                            : send(printer.get(), printed, r.files(), List.of());
                } else {
                    if (!r.files().isEmpty()) {
                        // Who saved what: a case file on disk can leave the office.
                        printing.audit(printed, each ? target.getFileName() + "/" : String.valueOf(target.getFileName()));
                    }
                    result = new Outcome(r.written(), r.pages(), r.files(), r.cancelled(), Optional.empty(), Optional.empty());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Printing case files failed: {}", e.toString());
                result = new Outcome(0, 0, List.of(), false, Optional.of(describe(e)),
                        printer.map(PagePrinter::name));
            } finally {
                spool.ifPresent(PrintViewModel::deleteSpool);
            }
            Outcome done = result;
            Path shownTarget = target;
            ui.execute(() -> finish(done, shownTarget));
        });
    }

    /** Prints {@code files} on this background thread; the outcome keeps {@code kept} as its files. */
    private Outcome send(PagePrinter printer, CaseFilePrinting.Printed printed, List<Path> files, List<Path> kept) throws IOException {
        int written = printed.result().written();
        ui.execute(() -> {
            progress.set(-1);
            status.set(messages.get("ui.print.toPrinter", printer.name()));
        });
        int pages = printer.print(files, (done, total) -> ui.execute(() -> {
            progress.set(total == 0 ? 0 : (double) done / total);
            status.set(messages.get("ui.print.printerProgress", done, total));
        }), cancel::get);
        if (!cancel.get()) {
            printing.audit(printed, "printer " + printer.name());
        }
        return new Outcome(written, pages, kept, cancel.get(), Optional.empty(), Optional.of(printer.name()));
    }

    /** A failure in the officer's words: the store's own message (e.g. the desk got locked), else the exception's. */
    private String describe(Exception e) {
        return OfficerText.of(messages, e); // the officer's words; the exception itself is in the log
    }

    private static void deleteSpool(Path spool) {
        try (var files = Files.list(spool)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            // The folder is the user's own temporary one; say where it is so it can be removed.
            LOG.warn("Could not delete the print spool {}: {}", spool, e.toString());
        }
    }

    private List<String> collect(Optional<PagedSource<InboxRow>> source) {
        if (source.isEmpty()) {
            return List.of();
        }
        PagedSource<InboxRow> s = source.get();
        int total = s.count();
        List<String> ids = new ArrayList<>(total);
        for (int offset = 0; offset < total && !cancel.get(); offset += COLLECT_PAGE) {
            List<InboxRow> rows = s.page(offset, COLLECT_PAGE);
            rows.forEach(r -> ids.add(r.id()));
            if (rows.size() < COLLECT_PAGE) {
                break;
            }
        }
        return ids;
    }

    private void finish(Outcome done, Path target) {
        running.set(false);
        outcome.set(done);
        if (done.error().isPresent()) {
            status.set(messages.get(done.printer().isPresent() ? "ui.print.printerFailed" : "ui.print.failed",
                    done.error().get()));
        } else if (done.printer().isPresent()) {
            progress.set(1);
            status.set(done.cancelled() ? messages.get("ui.print.printerCancelled")
                    : messages.get("ui.print.printed", done.written(), done.pages(), done.printer().get()));
        } else if (done.cancelled() && !done.produced()) {
            status.set(messages.get("ui.print.cancelledNothing"));
        } else if (done.cancelled()) {
            status.set(messages.get("ui.print.cancelledSome", done.written(), String.valueOf(target.getFileName())));
        } else if (done.produced()) {
            progress.set(1);
            status.set(messages.get("ui.print.saved", done.written(), done.pages(), String.valueOf(target.getFileName())));
        } else {
            status.set(messages.get("ui.print.nothing"));
        }
    }

    /** Asks the run to stop; the writer leaves no half-written file. */
    public void cancel() {
        cancel.set(true);
    }

    /** Sends the last run's saved files to {@code printer} in the background; they stay where they are. */
    public void printTo(PagePrinter printer) {
        Outcome last = outcome.get();
        if (running.get() || last == null || !last.produced()) {
            return;
        }
        cancel.set(false);
        running.set(true);
        background.execute(() -> {
            Outcome result;
            try {
                result = send(printer, lastPrinted, last.files(), last.files());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Printing to {} failed: {}", printer.name(), e.toString());
                result = new Outcome(last.written(), 0, last.files(), false, Optional.of(describe(e)),
                        Optional.of(printer.name()));
            }
            Outcome done = result;
            ui.execute(() -> finish(done, null));
        });
    }

    /** "Simpan" with nothing in the chosen scope. */
    public void noneChosen() {
        status.set(messages.get("ui.print.nothing"));
    }

    /** No printer is installed: say so, and point at saving as PDF (already done, or still to do). */
    public void noPrinter() {
        Outcome last = outcome.get();
        status.set(messages.get(last != null && last.produced() ? "ui.print.noPrinter" : "ui.print.noPrinterDirect"));
    }

    public Messages messages() {
        return messages;
    }

    /** The rows chosen in the table (the view keeps this in step with the table's selection). */
    public ObservableList<InboxRow> selected() {
        return selected;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public BooleanProperty oneFileEachProperty() {
        return oneFileEach;
    }

    public BooleanProperty includeInternalNotesProperty() {
        return includeInternalNotes;
    }

    /** "Sertakan identitas pelapor": off unless the officer ticks it, every time the dialog opens. */
    public BooleanProperty includeIdentitiesProperty() {
        return includeIdentities;
    }

    /** Whether this desk offers internal notes at all (an Ombudsman desk never has any). */
    /** The desk offers a ranking page in front of one PDF (the Ombudsman desk); call before the dialog is built. */
    public void offerRanking(RankingSource source) {
        rankingSource = Optional.of(Objects.requireNonNull(source, "source"));
    }

    public boolean rankingOffered() {
        return rankingSource.isPresent();
    }

    /** Print the ranking page in front of the batch (one PDF only; off by default). */
    public BooleanProperty includeRankingProperty() {
        return includeRanking;
    }

    public boolean notesOffered() {
        return notesOffered;
    }

    /** Set once when the desk is built: {@code false} on a desk that never has internal notes. */
    public void offerInternalNotes(boolean offered) {
        notesOffered = offered;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0..1, or -1 while the number is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }
}
