package id.penghubung.ui.intake;

import id.penghubung.i18n.Messages;
import id.penghubung.model.action.Problem;
import id.penghubung.store.register.RegisterImport;
import id.penghubung.store.register.RegisterImport.Outcome;
import id.penghubung.store.register.RegisterImport.RowResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The desk's "Impor register" (issue 20): a CSV/XLSX register of complaints received elsewhere,
 * imported by the {@code import} command's own core ({@link RegisterImport}) off the FX thread, with
 * progress, cancel (the rows read so far stay queued; importing the file again skips them) and the
 * refused rows with their reasons.
 */
public final class RegisterImportViewModel {
    /** One refused row as the dialog lists it: its number in the file and its reasons in words. */
    public record Refused(int row, String reasons) {
    }

    private final Messages messages;
    private final RegisterImport importer;
    private final Executor background;
    private final Executor ui;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Refused> refused = FXCollections.observableArrayList();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Runnable onQueued = () -> { };

    /** {@code importer}: the {@code import} command's core over the account's store, categories and zone. */
    public RegisterImportViewModel(Messages messages, RegisterImport importer, Executor background, Executor ui) {
        this.messages = Objects.requireNonNull(messages);
        this.importer = Objects.requireNonNull(importer);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Told (FX thread) after an import queued rows, so the outbox count can follow. */
    public void setOnQueued(Runnable listener) {
        this.onQueued = Objects.requireNonNull(listener);
    }

    /** Imports {@code file} in the background; ignored while an import runs. */
    public void start(Path file) {
        Objects.requireNonNull(file, "file");
        if (running.get()) {
            return;
        }
        cancel.set(false);
        running.set(true);
        refused.clear();
        progress.set(-1);
        status.set(messages.get("ui.import.reading", file.getFileName().toString()));
        background.execute(() -> {
            List<RowResult> results;
            try {
                results = importer.run(file, cancel::get, (done, total) -> ui.execute(() -> {
                            progress.set(total == 0 ? 1 : (double) done / total);
                            status.set(messages.get("ui.import.progress", done, total));
                        }));
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.execute(() -> {
                    status.set(messages.get("ui.import.failed", why));
                    progress.set(0);
                    running.set(false);
                });
                return;
            }
            List<Refused> bad = results.stream().filter(r -> r.outcome() == Outcome.REFUSED)
                    .map(r -> new Refused(r.row(), r.problems().stream().map(this::reason).collect(Collectors.joining("; "))))
                    .toList();
            Map<Outcome, Long> counts = results.stream().collect(Collectors.groupingBy(RowResult::outcome, Collectors.counting()));
            long imported = counts.getOrDefault(Outcome.IMPORTED, 0L);
            String done = messages.get(cancel.get() ? "ui.import.cancelled" : "ui.import.done", imported,
                    counts.getOrDefault(Outcome.ALREADY_IMPORTED, 0L), bad.size());
            ui.execute(() -> {
                refused.setAll(bad);
                status.set(done);
                progress.set(1);
                running.set(false);
                if (imported > 0) {
                    onQueued.run();
                }
            });
        });
    }

    /** Stops after the row being read; the rows read so far stay queued. */
    public void cancel() {
        cancel.set(true);
    }

    private String reason(Problem p) {
        return messages.get(p.messageKey(), p.args().toArray());
    }

    public Messages messages() {
        return messages;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObservableList<Refused> refused() {
        return refused;
    }
}
