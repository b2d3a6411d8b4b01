package id.penghubung.ui.intake;

import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.CreateValidator;
import id.penghubung.model.action.Problem;
import id.penghubung.store.IntakeProbe;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.ui.common.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The intake form ("Catat pengaduan", issue 20): a complaint received by phone, letter or at the
 * counter, queued as a CREATE. While the officer types, the cached complaints that look the same are
 * looked up off the FX thread once typing stops ({@link #DEBOUNCE}); a bad entry lists its problems
 * and keeps everything typed. Properties are read and written on the FX thread only.
 */
public final class IntakeViewModel {
    /** How long typing must stop before the matcher is asked. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);
    static final int SHOWN = 5;

    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty body = new SimpleStringProperty("");
    public final StringProperty categoryId = new SimpleStringProperty("");
    public final ObjectProperty<Classification> classification = new SimpleObjectProperty<>(Classification.PENGADUAN);
    public final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.PHONE);
    public final StringProperty provinceId = new SimpleStringProperty("");
    public final StringProperty regency = new SimpleStringProperty("");
    public final StringProperty district = new SimpleStringProperty("");
    public final StringProperty village = new SimpleStringProperty("");
    public final StringProperty detail = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> received = new SimpleObjectProperty<>();
    public final BooleanProperty anonymous = new SimpleBooleanProperty(false);
    public final StringProperty reporterName = new SimpleStringProperty("");
    public final StringProperty reporterPhone = new SimpleStringProperty("");
    public final StringProperty reporterEmail = new SimpleStringProperty("");
    public final StringProperty reporterNik = new SimpleStringProperty("");
    private final ObservableList<SimilarCandidate> similar = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final StringProperty queuedTitle = new SimpleStringProperty("");

    private final IntakeData store;
    private final ActingAccount account;
    private final Map<String, String> categories;
    private final Executor ui;
    private final Executor io;
    private final Scheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;
    private final AtomicLong generation = new AtomicLong();
    private Scheduler.Cancellable pending;

    public IntakeViewModel(IntakeData store, ActingAccount account, Map<String, String> categories, Executor ui, Executor io,
            Scheduler scheduler, Clock clock, ZoneId zone) {
        this.store = store;
        this.account = account;
        this.categories = Map.copyOf(categories);
        this.ui = ui;
        this.io = io;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = zone;
        received.set(LocalDate.ofInstant(clock.instant(), zone));
        for (StringProperty p : List.of(title, body, categoryId, regency, district, village)) {
            p.addListener((o, was, now) -> typed());
        }
    }

    /** The categories offered (id to name). */
    public Map<String, String> categories() {
        return categories;
    }

    /** The cached complaints that look like this one, best first (at most {@value #SHOWN}). */
    public ObservableList<SimilarCandidate> similar() {
        return similar;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** The title of the complaint queued last ("" before one), for the confirmation line. */
    public StringProperty queuedTitle() {
        return queuedTitle;
    }

    private void typed() {
        if (pending != null) {
            pending.cancel();
        }
        long mine = generation.incrementAndGet();
        IntakeProbe probe = new IntakeProbe(title.get(), body.get(), categoryId.get(), regency.get(), district.get(), village.get(),
                receivedAt());
        pending = scheduler.schedule(DEBOUNCE, () -> io.execute(() -> lookUp(mine, probe)));
    }

    private void lookUp(long mine, IntakeProbe probe) {
        if (mine != generation.get()) {
            return;
        }
        List<SimilarCandidate> found;
        if (probe.title().isBlank() && probe.body().isBlank()) {
            found = List.of();
        } else {
            found = store.similarTo(probe, SHOWN);
        }
        ui.execute(() -> {
            if (mine == generation.get()) {
                similar.setAll(found);
            }
        });
    }

    private Instant receivedAt() {
        LocalDate day = received.get() == null ? LocalDate.ofInstant(clock.instant(), zone) : received.get();
        return day.equals(LocalDate.ofInstant(clock.instant(), zone)) ? clock.instant() : day.atStartOfDay(zone).toInstant();
    }

    /** The form as the action it would queue. */
    public Create action() {
        Optional<Reporter> reporter = anonymous.get() ? Optional.empty()
                : Optional.of(new Reporter(reporterName.get().strip(), optional(reporterPhone), optional(reporterEmail),
                        optional(reporterNik)));
        Location location = new Location(provinceId.get().strip(), "", regency.get().strip(), district.get().strip(),
                village.get().strip(), detail.get().strip(), Optional.empty());
        return new Create(title.get().strip(), body.get().strip(), categoryId.get(), classification.get(), channel.get(), location,
                reporter, receivedAt(), List.of());
    }

    /**
     * Validates and, when valid, queues the CREATE (on the store's thread) and empties the form; returns
     * false, with the problems listed and every field kept, when it may not be queued.
     */
    public boolean queue() {
        Create create = action();
        problems.setAll(CreateValidator.validate(create, account, categories.keySet(), clock.instant()));
        if (!problems.isEmpty()) {
            return false;
        }
        String complaintId = UUID.randomUUID().toString();
        io.execute(() -> {
            store.enqueue(complaintId, create);
            ui.execute(() -> queuedTitle.set(create.title()));
        });
        for (StringProperty p : List.of(title, body, detail, reporterName, reporterPhone, reporterEmail, reporterNik)) {
            p.set("");
        }
        anonymous.set(false);
        similar.clear();
        return true;
    }

    private static Optional<String> optional(StringProperty p) {
        String v = p.get() == null ? "" : p.get().strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Closes the matcher (on the store's thread); the desk calls it before closing the store. */
    public void close() {
        io.execute(store::release);
    }
}
