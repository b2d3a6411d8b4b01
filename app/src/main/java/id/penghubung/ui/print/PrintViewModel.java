package id.penghubung.ui.print;

import id.penghubung.casefile.BatchResult;
import id.penghubung.i18n.Messages;
import id.penghubung.store.InboxRow;
import id.penghubung.ui.inbox.PagedSource;
import java.io.IOException;
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
 * table of contents or one file each, internal notes or not (not by default); then writing on a
 * background thread with progress and cancel, and afterwards sending the files to a printer. Every
 * batch that leaves files, and every print, is written to the audit log.
 */
public final class PrintViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PrintViewModel.class);
    /** Rows read per page when collecting "all in this view". */
    static final int COLLECT_PAGE = 500;

    /** Which complaints. */
    public enum Scope { SELECTED, VIEW }

    /** What comes out: the outcome of the last run; {@code files} empty when nothing was written. */
    public record Outcome(int written, int pages, List<Path> files, boolean cancelled, Optional<String> error) {
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

    /** Before the dialog shows: the selection when there is one, else the whole view; notes off; one PDF. */
    public void prepare() {
        scope.set(selected.isEmpty() ? Scope.VIEW : Scope.SELECTED);
        oneFileEach.set(false);
        includeInternalNotes.set(false);
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
        if (running.get()) {
            return;
        }
        Objects.requireNonNull(target, "target");
        cancel.set(false);
        running.set(true);
        outcome.set(null);
        progress.set(-1);
        status.set(messages.get("ui.print.collecting"));
        Scope chosen = scope.get();
        List<String> picked = selected.stream().map(InboxRow::id).toList();
        Optional<PagedSource<InboxRow>> source = shown.get();
        boolean each = oneFileEach.get();
        boolean notes = includeInternalNotes.get();
        background.execute(() -> {
            Outcome result;
            try {
                List<String> ids = chosen == Scope.SELECTED ? picked : collect(source);
                ui.execute(() -> status.set(messages.get("ui.print.progress", 0, ids.size())));
                BatchResult r = printing.write(ids, notes, each, target, (done, total) -> ui.execute(() -> {
                    progress.set(total == 0 ? 0 : (double) done / total);
                    status.set(messages.get("ui.print.progress", done, total));
                }), cancel::get);
                if (!r.files().isEmpty()) {
                    // Who saved what: a case file on disk can leave the office.
                    printing.audit(r.written(), each ? target.getFileName() + "/" : String.valueOf(target.getFileName()));
                }
                result = new Outcome(r.written(), r.pages(), r.files(), r.cancelled(), Optional.empty());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Printing case files failed: {}", e.toString());
                result = new Outcome(0, 0, List.of(), false, Optional.of(String.valueOf(e.getMessage())));
            }
            Outcome done = result;
            ui.execute(() -> finish(done, target));
        });
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
            status.set(messages.get("ui.print.failed", done.error().get()));
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

    /** Sends the last run's files to {@code printer} in the background. */
    public void printTo(PagePrinter printer) {
        Outcome last = outcome.get();
        if (running.get() || last == null || !last.produced()) {
            return;
        }
        cancel.set(false);
        running.set(true);
        progress.set(-1);
        status.set(messages.get("ui.print.toPrinter", printer.name()));
        background.execute(() -> {
            String text;
            try {
                int pages = printer.print(last.files(), (done, total) -> ui.execute(() -> {
                    progress.set(total == 0 ? 0 : (double) done / total);
                    status.set(messages.get("ui.print.printerProgress", done, total));
                }), cancel::get);
                if (cancel.get()) {
                    text = messages.get("ui.print.printerCancelled");
                } else {
                    printing.audit(last.written(), "printer " + printer.name());
                    text = messages.get("ui.print.printed", last.written(), pages, printer.name());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Printing to {} failed: {}", printer.name(), e.toString());
                text = messages.get("ui.print.printerFailed", String.valueOf(e.getMessage()));
            }
            String shownText = text;
            ui.execute(() -> {
                running.set(false);
                progress.set(1);
                status.set(shownText);
            });
        });
    }

    /** "Simpan" with nothing in the chosen scope. */
    public void noneChosen() {
        status.set(messages.get("ui.print.nothing"));
    }

    /** No printer is installed: say so, and point at saving as PDF. */
    public void noPrinter() {
        status.set(messages.get("ui.print.noPrinter"));
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
