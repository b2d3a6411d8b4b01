package id.penghubung.ui.dashboard;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.DeadlineUrgency;
import id.penghubung.store.InboxView;
import id.penghubung.ui.common.OfficerText;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's numbers: complaints by status, complaints handled on time and late this month (each
 * complaint once), complaints overdue now (the sidebar's count), and the
 * largest categories and units. Aggregates are SQL; met/missed evaluates the complaints that had a
 * deadline-stopping event this month with the model's calculator (bounded).
 */
public final class DashboardViewModel {
    /** One bar of a chart. */
    public record Bar(String name, int count) {
    }

    /** Complaints evaluated for met/missed at most; a month rarely has more stopping events. */
    static final int MONTH_LIMIT = 5_000;
    static final int TOP = 10;
    private static final List<String> STOPPING_EVENTS = List.of(EventType.VERIFIED.name(), EventType.DISPOSED.name(),
            EventType.RESPONDED.name(), EventType.NOT_AUTHORIZED.name(), EventType.COMPLETED.name(),
            EventType.ARCHIVED.name(), EventType.REDIRECTED.name());

    private final Messages messages;
    private final DashboardData queries;
    private final DeadlineCalculator deadlines;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<Bar> byStatus = FXCollections.observableArrayList();
    private final ObservableList<Bar> byCategory = FXCollections.observableArrayList();
    private final ObservableList<Bar> byUnit = FXCollections.observableArrayList();
    private final IntegerProperty met = new SimpleIntegerProperty();
    private final IntegerProperty missed = new SimpleIntegerProperty();
    private final IntegerProperty overdue = new SimpleIntegerProperty();
    private final StringProperty monthText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");

    public DashboardViewModel(Messages messages, DashboardData queries, DeadlineCalculator deadlines,
            Executor background, Executor ui, Clock clock, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.queries = Objects.requireNonNull(queries);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    /** The numbers of one read, handed to the UI thread at once. */
    record Snapshot(List<Bar> status, List<Bar> category, List<Bar> unit, int met, int missed, int overdue, String month) {
    }

    public void refresh() {
        loading.set(true);
        background.execute(() -> {
            try {
                Snapshot s = read();
                ui.execute(() -> {
                    byStatus.setAll(s.status());
                    byCategory.setAll(s.category());
                    byUnit.setAll(s.unit());
                    met.set(s.met());
                    missed.set(s.missed());
                    overdue.set(s.overdue());
                    monthText.set(s.month());
                    error.set("");
                    loading.set(false);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    error.set(messages.get("ui.error.store", OfficerText.of(messages, e)));
                    loading.set(false);
                });
            }
        });
    }

    Snapshot read() {
        Map<Status, Integer> statuses = queries.countsByStatus();
        // "Status lain" only when the server sent a status this version does not know.
        List<Bar> status = statuses.entrySet().stream()
                .filter(e -> e.getKey() != Status.OTHER || e.getValue() > 0)
                .map(e -> new Bar(messages.label(e.getKey()), e.getValue())).toList();
        List<Bar> category = queries.byCategory(TOP).stream().map(b -> new Bar(b.name(), b.count())).toList();
        List<Bar> unit = queries.byUnit(TOP).stream().map(b -> new Bar(b.name(), b.count())).toList();
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(zone));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        // Complaints, not clock stops: a complaint handled this month counts once, as late when any of
        // its clocks that stopped this month was missed.
        int metCount = 0;
        int missedCount = 0;
        for (String id : queries.complaintsWithEventsBetween(from, to, STOPPING_EVENTS, MONTH_LIMIT)) {
            Optional<Complaint> c = queries.complaint(id);
            if (c.isEmpty()) {
                continue;
            }
            List<Deadline> stopped = deadlines.evaluate(c.get(), now).deadlines().stream()
                    .filter(d -> d.stoppedAt().map(at -> !at.isBefore(from) && at.isBefore(to)).orElse(false))
                    .filter(d -> d.state() == DeadlineState.MET || d.state() == DeadlineState.MISSED).toList();
            if (stopped.stream().anyMatch(d -> d.state() == DeadlineState.MISSED)) {
                missedCount++;
            } else if (!stopped.isEmpty()) {
                metCount++;
            }
        }
        // The same number as the sidebar's "Lewat batas waktu": one query, one truth.
        Instant soon = deadlines.calendar().addWorkingDays(now, DeadlineUrgency.SOON_WORKING_DAYS);
        int overdueNow = queries.counts(now, soon).getOrDefault(InboxView.OVERDUE, 0);
        String monthName = month.getMonth().getDisplayName(TextStyle.FULL, messages.locale())
                + " " + month.getYear();
        return new Snapshot(status, category, unit, metCount, missedCount, overdueNow, monthName);
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Bar> byStatus() {
        return byStatus;
    }

    public ObservableList<Bar> byCategory() {
        return byCategory;
    }

    public ObservableList<Bar> byUnit() {
        return byUnit;
    }

    public ReadOnlyIntegerProperty metProperty() {
        return met;
    }

    public ReadOnlyIntegerProperty missedProperty() {
        return missed;
    }

    /** Complaints whose running deadline has passed now: the sidebar's "overdue" count. */
    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue;
    }

    public ReadOnlyStringProperty monthTextProperty() {
        return monthText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
