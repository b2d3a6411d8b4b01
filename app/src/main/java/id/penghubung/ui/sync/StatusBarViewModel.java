package id.penghubung.ui.sync;

import id.penghubung.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.concurrent.Executor;
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

    /** Sinkronkan sekarang. */
    public void syncNow() {
        sync.syncNow();
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
        last = s;
        online.set(s.online());
        running.set(s.running());
        progress.set(s.running() ? (s.progress() < 0 ? -1 : s.progress()) : 0);
        phaseText.set(s.running() ? s.phase().map(messages::label).orElse(messages.get("ui.status.syncing")) : "");
        // Offline, a failed sync is expected and says nothing new: "Luring" is the whole story.
        connectionText.set(!s.online() ? messages.get("ui.status.offline")
                : s.lastErrorKey().map(messages::get).orElse(messages.get("ui.status.online")));
        lastSyncText.set(s.lastSuccessAt().map(this::describe).orElse(messages.get("ui.status.neverSynced")));
        offlineLimitText.set(sync.signInOnlineBefore().map(until -> messages.get("ui.status.offlineLimit",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()).withZone(zone).format(until)))
                .orElse(""));
        heldText.set(HeldNotice.summary(messages, s.held()));
        heldDetails.set(s.held().isEmpty() ? "" : HeldNotice.details(messages, s.held()));
        if (s.newAssignments() != before) {
            newAssignments.set(s.newAssignments());
        }
    }

    private String describe(Instant at) {
        Duration ago = Duration.between(at, clock.instant());
        if (ago.toMinutes() < 1) {
            return messages.get("ui.status.syncedJustNow");
        }
        if (ago.toHours() < 1) {
            return messages.get("ui.status.syncedMinutesAgo", ago.toMinutes());
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone).format(at);
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
    public ReadOnlyStringProperty offlineLimitTextProperty() {
        return offlineLimitText;
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
