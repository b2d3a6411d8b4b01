package id.penghubung.ui.dashboard;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.DeadlineUrgency;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.InboxView;
import id.penghubung.ui.common.LatestRead;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's numbers: complaints by status, complaints handled on time and late this month (each
 * complaint once), complaints overdue now (the sidebar's count), and the
 * largest categories and units. Aggregates are SQL; met/missed evaluates every complaint that had a
 * deadline-stopping event this month with the model's calculator.
 */
public final class DashboardViewModel {
    /** One bar of a chart. */
    public record Bar(String name, int count) {
    }

    /** One bar that opens the inbox on its complaints ({@code drill}). */
    public record Slice(String name, int count, Drill drill) {
    }

    /** Where a click on the dashboard takes the inbox: a view, narrowed by a category or a regency. */
    public record Drill(InboxView view, Optional<String> categoryId, Optional<String> regency) {
        static Drill view(InboxView view) {
            return new Drill(view, Optional.empty(), Optional.empty());
        }
    }

    /**
     * The backlog's ageing bands: working days since the running deadline passed (upper bounds,
     * inclusive; the last band is open). Overdue earlier today or over a weekend counts as the first band.
     */
    static final int[] AGE_BOUNDS = {5, 10, 20};
    static final int HOT_SPOTS = 8;

    /**
     * Complaints evaluated for met/missed: all of the month's (the tile once stopped at 5,000 and at an
     * Ombudsman's 300,000 complaints disagreed with the report).
     */
    static final int MONTH_ALL = Integer.MAX_VALUE;
    static final int TOP = 10;
    private static final List<String> STOPPING_EVENTS = List.of(EventType.VERIFIED.name(), EventType.DISPOSED.name(),
            EventType.RESPONDED.name(), EventType.NOT_AUTHORIZED.name(), EventType.COMPLETED.name(),
            EventType.ARCHIVED.name(), EventType.REDIRECTED.name());

    private final Messages messages;
    private final DashboardData queries;
    private final DeadlineCalculator deadlines;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<Bar> byStatus = FXCollections.observableArrayList();
    private final ObservableList<Bar> byCategory = FXCollections.observableArrayList();
    private final ObservableList<Bar> byUnit = FXCollections.observableArrayList();
    private final IntegerProperty met = new SimpleIntegerProperty();
    private final IntegerProperty missed = new SimpleIntegerProperty();
    private final IntegerProperty overdue = new SimpleIntegerProperty();
    private final StringProperty monthText = new SimpleStringProperty("");
    private final LatestRead latest;
    private final ObservableList<Slice> ageing = FXCollections.observableArrayList();
    private final ObservableList<Slice> hotSpots = FXCollections.observableArrayList();
    private final ObservableList<Slice> topCategories = FXCollections.observableArrayList();
    private final IntegerProperty dueSoon = new SimpleIntegerProperty();
    private Consumer<Drill> onDrill = d -> { };

    public DashboardViewModel(Messages messages, DashboardData queries, DeadlineCalculator deadlines,
            Executor background, Executor ui, Clock clock, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.queries = Objects.requireNonNull(queries);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.latest = new LatestRead(messages, background, ui);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    /** The numbers of one read, handed to the UI thread at once. */
    record Snapshot(List<Bar> status, List<Bar> category, List<Bar> unit, int met, int missed, int overdue, String month,
            List<Slice> ageing, List<Slice> hotSpots, List<Slice> topCategories, int dueSoon) {
    }

    public void refresh() {
        latest.run(this::read, this::show);
    }

    private void show(Snapshot s) {
        byStatus.setAll(s.status());
        byCategory.setAll(s.category());
        byUnit.setAll(s.unit());
        met.set(s.met());
        missed.set(s.missed());
        overdue.set(s.overdue());
        monthText.set(s.month());
        ageing.setAll(s.ageing());
        hotSpots.setAll(s.hotSpots());
        topCategories.setAll(s.topCategories());
        dueSoon.set(s.dueSoon());
    }

    Snapshot read() {
        Map<Status, Integer> statuses = queries.countsByStatus();
        // "Status lain" only when the server sent a status this version does not know.
        List<Bar> status = statuses.entrySet().stream()
                .filter(e -> e.getKey() != Status.OTHER || e.getValue() > 0)
                .map(e -> new Bar(messages.label(e.getKey()), e.getValue())).toList();
        List<DashboardQueries.Bucket> categories = queries.byCategory(TOP);
        List<Bar> category = categories.stream().map(b -> new Bar(b.name(), b.count())).toList();
        List<Slice> topCategory = categories.stream().map(b -> new Slice(b.name(), b.count(),
                new Drill(InboxView.ALL, Optional.of(b.id()), Optional.empty()))).toList();
        List<Slice> spots = queries.byDistrict(HOT_SPOTS).stream().map(p -> new Slice(
                messages.get("ui.dashboard.place", p.district(), p.regency()), p.count(),
                new Drill(InboxView.ALL, Optional.empty(), Optional.of(p.regency())))).toList();
        List<Bar> unit = queries.byUnit(TOP).stream().map(b -> new Bar(b.name(), b.count())).toList();
        Instant now = clock.instant();
        YearMonth month = YearMonth.from(now.atZone(zone));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        // Complaints, not clock stops: a complaint handled this month counts once, as late when any of
        // its clocks that stopped this month was missed. The verdicts stored with the facts when the store
        // has them for every such complaint, else judged here.
        DashboardQueries.MetMissed tile = queries.stoppedClocks(from, to, STOPPING_EVENTS)
                .orElseGet(() -> judged(from, to, now));
        int metCount = tile.met();
        int missedCount = tile.missed();
        // The same number as the sidebar's "Lewat batas waktu": one query, one truth.
        Instant soon = deadlines.calendar().addWorkingDays(now, DeadlineUrgency.SOON_WORKING_DAYS);
        Map<InboxView, Integer> sidebar = queries.counts(now, soon);
        int overdueNow = sidebar.getOrDefault(InboxView.OVERDUE, 0);
        String monthName = month.getMonth().getDisplayName(TextStyle.FULL, messages.locale())
                + " " + month.getYear();
        return new Snapshot(status, category, unit, metCount, missedCount, overdueNow, monthName,
                ageing(queries.overdueDeadlines(now), now), spots, topCategory, sidebar.getOrDefault(InboxView.DUE_SOON, 0));
    }

    /** The month's tile by the calculator over the complaints themselves (the facts' verdicts are these). */
    private DashboardQueries.MetMissed judged(Instant from, Instant to, Instant now) {
        int met = 0;
        int missed = 0;
        for (Complaint c : queries.clocksWithEventsBetween(from, to, STOPPING_EVENTS, MONTH_ALL)) {
            List<Deadline> stopped = deadlines.evaluate(c, now).deadlines().stream()
                    .filter(d -> d.stoppedAt().map(at -> !at.isBefore(from) && at.isBefore(to)).orElse(false))
                    .filter(d -> d.state() == DeadlineState.MET || d.state() == DeadlineState.MISSED).toList();
            if (stopped.stream().anyMatch(d -> d.state() == DeadlineState.MISSED)) {
                missed++;
            } else if (!stopped.isEmpty()) {
                met++;
            }
        }
        return new DashboardQueries.MetMissed(met, missed);
    }

    /** The overdue backlog in bands of working days late; every band shown, zero when empty. */
    private List<Slice> ageing(List<Instant> overdueSince, Instant now) {
        int[] counts = new int[AGE_BOUNDS.length + 1];
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (Instant due : overdueSince) {
            int late = deadlines.calendar().workingDaysBetween(LocalDate.ofInstant(due, zone), today);
            int band = 0;
            while (band < AGE_BOUNDS.length && late > AGE_BOUNDS[band]) {
                band++;
            }
            counts[band]++;
        }
        List<Slice> out = new ArrayList<>();
        for (int band = 0; band < counts.length; band++) {
            String name = band == 0 ? messages.get("ui.dashboard.age.first", AGE_BOUNDS[0])
                    : band == AGE_BOUNDS.length ? messages.get("ui.dashboard.age.last", AGE_BOUNDS[band - 1])
                    : messages.get("ui.dashboard.age.band", AGE_BOUNDS[band - 1] + 1, AGE_BOUNDS[band]);
            out.add(new Slice(name, counts[band], Drill.view(InboxView.OVERDUE)));
        }
        return out;
    }

    /** Who opens the inbox when a bar is clicked (the desk's coordinator). */
    public void setOnDrill(Consumer<Drill> listener) {
        this.onDrill = Objects.requireNonNull(listener);
    }

    /** A click on a bar or a tile: the inbox on those complaints. */
    public void drill(Drill drill) {
        onDrill.accept(drill);
    }

    public ObservableList<Slice> ageing() {
        return ageing;
    }

    public ObservableList<Slice> hotSpots() {
        return hotSpots;
    }

    public ObservableList<Slice> topCategories() {
        return topCategories;
    }

    /** The sidebar's "due soon" count. */
    public ReadOnlyIntegerProperty dueSoonProperty() {
        return dueSoon;
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
        return latest.loadingProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return latest.errorProperty();
    }
}
