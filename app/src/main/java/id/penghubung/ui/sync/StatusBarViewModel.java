package id.penghubung.ui.sync;

import id.penghubung.i18n.Messages;
import id.penghubung.model.calendar.OfficeTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status bar: online or not, the last successful sync, how many actions wait in the outbox,
 * and a progress bar with the phase while a sync runs. Fed by a {@link SyncControl}.
 */
public final class StatusBarViewModel {
    private final Messages messages;
    private final SyncControl sync;
    private final Executor ui;
    private final Clock clock;
    private final ZoneId zone;
    private final BooleanProperty online = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty phaseText = new SimpleStringProperty("");
    private final StringProperty connectionText = new SimpleStringProperty("");
    private final StringProperty lastSyncText = new SimpleStringProperty("");
    private final StringProperty heldText = new SimpleStringProperty("");
    private final StringProperty heldDetails = new SimpleStringProperty("");
    private final StringProperty pendingText = new SimpleStringProperty("");
    private final StringProperty offlineLimitText = new SimpleStringProperty("");
    private final StringProperty problemText = new SimpleStringProperty("");
    private final StringProperty noticeText = new SimpleStringProperty("");
    private final StringProperty trainingText = new SimpleStringProperty("");
    private Executor io = r -> Thread.ofVirtual().name("penghubung-reauth").start(r);
    private Runnable onPasswordNeeded = () -> { };
    private final IntegerProperty pending = new SimpleIntegerProperty(0);
    private final IntegerProperty newAssignments = new SimpleIntegerProperty(0);
    private Runnable unsubscribe = () -> { };
    private SyncControl.SyncStatus last = SyncControl.SyncStatus.OFFLINE;

    public StatusBarViewModel(Messages messages, SyncControl sync, Executor ui, Clock clock, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.sync = Objects.requireNonNull(sync);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        pending.addListener((o, a, b) -> pendingText.set(messages.get("ui.status.pending", b.intValue())));
        pendingText.set(messages.get("ui.status.pending", 0));
        show(SyncControl.SyncStatus.OFFLINE);
    }

    public void activate() {
        unsubscribe = sync.onStatus(s -> ui.execute(() -> show(s)));
        show(sync.status());
    }

    public void deactivate() {
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    /**
     * Sinkronkan sekarang (and Ctrl+S): always visible. Waiting for the password: the password dialog;
     * offline: a notice that the actions stay safe (and a try, in case the server is back); running:
     * a notice that a sync already runs; otherwise the progress bar of the run it starts.
     */
    public void syncNow() {
        SyncControl.SyncStatus s = sync.status();
        if (s.passwordNeeded()) {
            noticeText.set(messages.get("ui.sync.notice.password"));
            onPasswordNeeded.run();
            return;
        }
        if (s.running()) {
            noticeText.set(messages.get("ui.sync.notice.running"));
            return;
        }
        noticeText.set(s.online() ? messages.get("ui.sync.notice.started")
                : messages.get("ui.sync.notice.offline", pending.get()));
        sync.syncNow();
    }

    /** Where the blocking re-authentication runs (the desk's background pool). */
    public void useIo(Executor executor) {
        this.io = Objects.requireNonNull(executor);
    }

    /** Called on the FX thread when the server wants the password (once per time it starts wanting it). */
    public void setOnPasswordNeeded(Runnable action) {
        this.onPasswordNeeded = Objects.requireNonNull(action);
    }

    /** Sends the typed password off the FX thread; {@code done} hears on the FX thread whether it was accepted. */
    public void reauthenticate(char[] password, Consumer<Boolean> done) {
        io.execute(() -> {
            boolean ok;
            try {
                ok = sync.reauthenticate(password);
            } catch (RuntimeException e) {
                ok = false;
            } finally {
                Arrays.fill(password, '\0');
            }
            boolean accepted = ok;
            ui.execute(() -> {
                if (accepted) {
                    noticeText.set("");
                }
                done.accept(accepted);
            });
        });
    }

    /** The outbox's size, from the inbox counts. */
    public void setPending(int value) {
        pending.set(value);
    }

    /** Re-renders "last sync 3 minutes ago" as time passes. */
    public void tick() {
        show(last);
    }

    void show(SyncControl.SyncStatus s) {
        int before = last.newAssignments();
        boolean askedBefore = last.passwordNeeded();
        last = s;
        online.set(s.online());
        running.set(s.running());
        progress.set(s.running() ? (s.progress() < 0 ? -1 : s.progress()) : 0);
        phaseText.set(s.running() ? s.phase().map(messages::label).orElse(messages.get("ui.status.syncing")) : "");
        // Offline, a failed sync is expected and says nothing new: "Luring" is the whole story.
        connectionText.set(messages.get(s.online() ? "ui.status.online" : "ui.status.offline"));
        // A run that lost the server says so at once, while the engine still retries (it may take a while).
        problemText.set(s.running() ? (s.online() ? "" : messages.get("ui.sync.why.unreachable"))
                : s.lastErrorKey().map(key -> s.nextTryAt()
                .map(at -> messages.get("ui.status.problemRetry", messages.get(key), time(at)))
                .orElse(messages.get(key))).orElse(""));
        // A notice answers the last click; the bar's own texts take over once the state moved on
        // (back online, a finished run, or the password asked for, which the problem text says).
        boolean offlineNotice = noticeText.get().equals(messages.get("ui.sync.notice.offline", pending.get()));
        if ((s.online() && offlineNotice) || s.passwordNeeded()
                || (!s.running() && s.lastErrorKey().isEmpty() && s.lastSuccessAt().isPresent())) {
            noticeText.set("");
        }
        lastSyncText.set(s.lastSuccessAt().map(this::describe).orElse(messages.get("ui.status.neverSynced")));
        offlineLimitText.set(sync.signInOnlineBefore().map(until -> messages.get("ui.status.offlineLimit",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()).withZone(zone).format(until)))
                .orElse(""));
        trainingText.set(sync.trainingClock() ? messages.get("ui.status.trainingTime",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()).withZone(zone).format(clock.instant()))
                : "");
        heldText.set(HeldNotice.summary(messages, s.held()));
        heldDetails.set(s.held().isEmpty() ? "" : HeldNotice.details(messages, s.held()));
        if (s.newAssignments() != before) {
            newAssignments.set(s.newAssignments());
        }
        if (s.passwordNeeded() && !askedBefore) {
            onPasswordNeeded.run();
        }
    }

    private String time(Instant at) {
        return OfficeTime.time(messages.locale(), zone).format(at);
    }

    private String describe(Instant at) {
        Duration ago = Duration.between(at, clock.instant());
        if (ago.toMinutes() < 1) {
            return messages.get("ui.status.syncedJustNow");
        }
        if (ago.toHours() < 1) {
            return messages.get("ui.status.syncedMinutesAgo", ago.toMinutes());
        }
        String when = OfficeTime.shortDateTime(messages.locale(), zone).format(at);
        return messages.get("ui.status.syncedAt", when);
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty phaseTextProperty() {
        return phaseText;
    }

    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText;
    }

    /** "1 laporan ditahan" while the store holds pulled records aside; empty otherwise. */
    public ReadOnlyStringProperty heldTextProperty() {
        return heldText;
    }

    /** Why, per held record (the tooltip of {@link #heldTextProperty()}). */
    public ReadOnlyStringProperty heldDetailsProperty() {
        return heldDetails;
    }

    public ReadOnlyStringProperty lastSyncTextProperty() {
        return lastSyncText;
    }

    /** Empty, or in the last week of the offline period the date by which to sign in online. */
    /** "Waktu latihan: 8 Maret 2027" while the server runs a training clock; empty otherwise. */
    public ReadOnlyStringProperty trainingTextProperty() {
        return trainingText;
    }

    public ReadOnlyStringProperty offlineLimitTextProperty() {
        return offlineLimitText;
    }

    /** Why the last sync failed and when the next try is, in the officer's words; empty when it did not fail. */
    public ReadOnlyStringProperty problemTextProperty() {
        return problemText;
    }

    /** What "Sinkronkan sekarang" / Ctrl+S did when it could not simply start a sync; empty otherwise. */
    public ReadOnlyStringProperty noticeTextProperty() {
        return noticeText;
    }

    public ReadOnlyStringProperty pendingTextProperty() {
        return pendingText;
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending;
    }

    /** Total new assignments the engine has reported; the view notifies when it grows. */
    public ReadOnlyIntegerProperty newAssignmentsProperty() {
        return newAssignments;
    }
}
