package id.penghubung.ui.inbox;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import id.penghubung.store.InboxFilter;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxSort;
import id.penghubung.store.InboxView;
import id.penghubung.ui.common.Debouncer;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.common.Scheduler;
import id.penghubung.ui.common.Urgency;
import id.penghubung.ui.common.WorkingDays;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The inbox: which view of the sidebar is chosen, its filter and sort, the search box, the rows
 * (a {@link LazyRowList} over the store's paging) and the sidebar's counts. All reads run on the
 * background executor; results come back through the UI executor; a newer query always wins.
 */
public final class InboxViewModel {
    /** Rows read per page; a screen shows ~40, so a page covers several screens of scrolling. */
    public static final int PAGE_SIZE = 200;
    /** Pages kept: enough to scroll back and forth without rereading, little enough to stay small. */
    public static final int CACHED_PAGES = 6;
    /** Search results are bounded: nobody reads past the first few hundred hits. */
    public static final int SEARCH_LIMIT = 500;
    public static final Duration SEARCH_DEBOUNCE = Duration.ofMillis(100);

    private final Messages messages;
    private final InboxData data;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final WorkingDays workingDays;
    private final RowBadges badges;
    private final Debouncer searchDebouncer;
    private final LazyRowList<InboxRow> rows;
    private final AtomicLong searchGeneration = new AtomicLong();
    private final AtomicLong countsGeneration = new AtomicLong();

    private final ObjectProperty<InboxView> view = new SimpleObjectProperty<>(InboxView.NEEDS_FOLLOW_UP);
    private final ObjectProperty<InboxFilter> filter = new SimpleObjectProperty<>(InboxFilter.NONE);
    private final ObjectProperty<InboxSort> sort = new SimpleObjectProperty<>(InboxSort.DEADLINE);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty resultText = new SimpleStringProperty("");
    private final StringProperty errorText = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final ObjectProperty<InboxRow> selected = new SimpleObjectProperty<>();
    private final ObservableMap<InboxView, Integer> counts = FXCollections.observableMap(new EnumMap<>(InboxView.class));
    private final ObjectProperty<Instant> now;
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private PagedSource<InboxRow> current;
    /** The view the last search ran in (the result line names it). */
    private InboxView searchedIn = InboxView.ALL;
    private final ObjectProperty<Status> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Facet> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Facet> unitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channelFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Classification> classificationFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>();
    private final ObservableList<Facet> categories = FXCollections.observableArrayList();
    private final ObservableList<Facet> units = FXCollections.observableArrayList();
    private final ObjectProperty<Facet> agencyFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> regencyFilter = new SimpleObjectProperty<>();
    private final ObservableList<Facet> agencies = FXCollections.observableArrayList();
    private final ObservableList<String> regencies = FXCollections.observableArrayList();
    private final ZoneId zone;
    private Consumer<Map<InboxView, Integer>> countsListener = m -> { };
    /** True once the table's first load has landed or failed; see {@link #whenFirstLoaded}. UI thread only. */
    private boolean firstLoadLanded;
    private final List<Runnable> afterFirstLoad = new ArrayList<>();

    public InboxViewModel(Messages messages, InboxData data, Executor background, Executor ui,
            Scheduler scheduler, Clock clock, WorkingDays workingDays, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
        this.workingDays = Objects.requireNonNull(workingDays);
        this.now = new SimpleObjectProperty<>(clock.instant());
        this.badges = new RowBadges(data, messages, workingDays, zone);
        this.searchDebouncer = new Debouncer(scheduler, SEARCH_DEBOUNCE);
        this.rows = new LazyRowList<>(PAGE_SIZE, CACHED_PAGES, background, ui, this::failed);
        rows.setOnLoaded(this::describeResult);
        for (InboxView v : InboxView.values()) {
            counts.put(v, 0);
        }
        view.addListener((o, a, b) -> reload());
        filter.addListener((o, a, b) -> reload());
        sort.addListener((o, a, b) -> reload());
        descending.addListener((o, a, b) -> reload());
        searchText.addListener((o, a, b) -> searchDebouncer.trigger(() -> ui.execute(this::reload)));
        for (Observable part : List.of(statusFilter, categoryFilter, unitFilter, channelFilter,
                classificationFilter, fromDate, toDate, agencyFilter, regencyFilter)) {
            part.addListener(o -> filter.set(composeFilter()));
        }
    }

    private InboxFilter composeFilter() {
        InboxFilter f = InboxFilter.NONE;
        if (statusFilter.get() != null) {
            f = f.withStatuses(Set.of(statusFilter.get()));
        }
        if (categoryFilter.get() != null) {
            f = f.withCategory(categoryFilter.get().id());
        }
        if (unitFilter.get() != null) {
            f = f.withUnit(unitFilter.get().id());
        }
        if (channelFilter.get() != null) {
            f = f.withChannel(channelFilter.get());
        }
        if (classificationFilter.get() != null) {
            f = f.withClassification(classificationFilter.get());
        }
        if (agencyFilter.get() != null) {
            f = f.withAgency(agencyFilter.get().id());
        }
        if (regencyFilter.get() != null && !regencyFilter.get().isBlank()) {
            f = f.withRegency(regencyFilter.get());
        }
        if (fromDate.get() != null || toDate.get() != null) {
            Instant from = fromDate.get() == null ? Instant.EPOCH : fromDate.get().atStartOfDay(zone).toInstant();
            Instant to = toDate.get() == null ? Instant.parse("9999-01-01T00:00:00Z")
                    : toDate.get().plusDays(1).atStartOfDay(zone).toInstant();
            f = f.withSubmitted(from, to);
        }
        return f;
    }

    /** Clears every filter (the search box stays). */
    public void clearFilters() {
        statusFilter.set(null);
        categoryFilter.set(null);
        unitFilter.set(null);
        channelFilter.set(null);
        classificationFilter.set(null);
        fromDate.set(null);
        toDate.set(null);
        agencyFilter.set(null);
        regencyFilter.set(null);
    }

    /** Re-reads the filter lists (categories, units, institutions, regencies): a sync may bring new ones. */
    public void refreshFacets() {
        background.execute(() -> {
            try {
                List<Facet> c = data.categories();
                List<Facet> u = data.units();
                List<Facet> a = data.agencies();
                List<String> r = data.regencies();
                ui.execute(() -> {
                    categories.setAll(c);
                    units.setAll(u);
                    agencies.setAll(a);
                    regencies.setAll(r);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> failed(e));
            }
        });
    }

    /**
     * Loads the rows, then the counts and the filter lists; call once the view is on screen. The
     * first rows are read alone: the sidebar's counts and the filter lists wait until they have
     * landed (or failed), so the officer's first screen is not behind them for the two cores.
     */
    public void activate() {
        reload();
        whenFirstLoaded(() -> {
            refreshCounts();
            refreshFacets();
        });
    }

    /**
     * Runs {@code work} on the UI thread once the table's first load since this view model was made has
     * landed, with rows or none, or failed; at once when it has. For reads that can wait for the first screen.
     */
    public void whenFirstLoaded(Runnable work) {
        Objects.requireNonNull(work);
        if (firstLoadLanded) {
            work.run();
        } else {
            afterFirstLoad.add(work);
        }
    }

    private void firstLoadLanded() {
        if (firstLoadLanded) {
            return;
        }
        firstLoadLanded = true;
        List<Runnable> waiting = List.copyOf(afterFirstLoad);
        afterFirstLoad.clear();
        waiting.forEach(Runnable::run);
    }

    /** The query the table shows now (without the search text). */
    public InboxQuery query() {
        Instant at = clock.instant();
        now.set(at);
        // A search stays inside the chosen view (the search field names it); see reload() for a tracking ID.
        return new InboxQuery(view.get(), filter.get(), sort.get(), descending.get(), at, soonThreshold(at));
    }

    public Instant soonThreshold(Instant at) {
        return workingDays.add(at, Urgency.SOON_DAYS);
    }

    private boolean isSearching() {
        return !searchText.get().isBlank();
    }

    /** Re-reads the table for the current view, filter, sort and search (F5 does this too). */
    public void reload() {
        errorText.set("");
        badges.forget();
        InboxQuery q = query();
        String text = searchText.get().strip();
        if (text.isEmpty()) {
            searching.set(false);
            current = new PagedSource<>() {
                @Override
                public int count() {
                    return data.count(q);
                }

                @Override
                public List<InboxRow> page(int offset, int limit) {
                    return badges.read(q.view(), data.page(q, offset, limit));
                }
            };
            rows.reload(current);
            return;
        }
        searching.set(true);
        long gen = searchGeneration.incrementAndGet();
        // A typed tracking number names one complaint: it is found in whichever view it is.
        InboxQuery within = TrackingId.parse(text).isPresent() ? q.withView(InboxView.ALL) : q;
        searchedIn = within.view();
        // The search runs once per query; its bounded result then pages from memory.
        current = new PagedSource<>() {
            private volatile List<InboxRow> found;

            @Override
            public int count() {
                found = gen == searchGeneration.get() ? data.search(text, within, SEARCH_LIMIT) : List.of();
                return found.size();
            }

            @Override
            public List<InboxRow> page(int offset, int limit) {
                List<InboxRow> all = found == null ? List.of() : found;
                return badges.read(within.view(), all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
            }
        };
        rows.reload(current);
    }

    /** Exports what the table shows now to CSV, in the background; the outcome lands in {@link #noticeProperty()}. */
    public void export(Path target, ZoneId zone) {
        export(target, zone, false);
    }

    /**
     * As {@link #export(Path, ZoneId)}; {@code withIdentities} adds the reporters' names, phones,
     * e-mails and NIKs (the officer ticked the box). The export is recorded in the audit log.
     */
    public void export(Path target, ZoneId zone, boolean withIdentities) {
        PagedSource<InboxRow> source = current;
        if (source == null) {
            return;
        }
        exporting.set(true);
        background.execute(() -> {
            String outcome;
            try {
                Instant at = clock.instant();
                CsvExport.Deadlines clocks = new CsvExport.Deadlines(data::nextClock, r -> {
                    Urgency.Badge b = Urgency.of(r.nextDueAt(), at, workingDays);
                    return b.urgency() == Urgency.OVERDUE ? messages.get(b.key(), b.workingDays()) : "";
                }, r -> data.estimate(r).map(why -> messages.get(why.key(), why.argsArray())).orElse(""));
                int n = CsvExport.write(source, target, messages, zone,
                        withIdentities ? Optional.of(data::reporter) : Optional.empty(), clocks);
                data.recordExport("CSV", n, target.getFileName().toString(), withIdentities);
                outcome = messages.get("ui.export.done", n, target.getFileName().toString());
            } catch (IOException | RuntimeException e) {
                outcome = messages.get("ui.export.failed", OfficerText.of(messages, e));
            }
            String shown = outcome;
            ui.execute(() -> {
                exporting.set(false);
                notice.set(shown);
            });
        });
    }

    /**
     * What the table shows now (the view with its filter and sort, or the search's results), for
     * printing or exporting all of it; read on a background thread. Empty before the first load.
     */
    public Optional<PagedSource<InboxRow>> shown() {
        return Optional.ofNullable(current);
    }

    /** Re-reads the sidebar's counts in the background. */
    public void refreshCounts() {
        long gen = countsGeneration.incrementAndGet();
        Instant at = clock.instant();
        Instant soon = soonThreshold(at);
        background.execute(() -> {
            try {
                Map<InboxView, Integer> fresh = data.counts(at, soon);
                ui.execute(() -> {
                    if (gen == countsGeneration.get()) {
                        counts.putAll(fresh);
                        countsListener.accept(Map.copyOf(fresh));
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> failed(e));
            }
        });
    }

    /** After a sync or an action: counts and the visible rows again. */
    public void refresh() {
        rows.refresh();
        refreshCounts();
    }

    public void setOnCounts(Consumer<Map<InboxView, Integer>> listener) {
        countsListener = Objects.requireNonNull(listener);
    }

    private void failed(Throwable e) {
        errorText.set(messages.get("ui.error.store", OfficerText.of(messages, e)));
        firstLoadLanded(); // what waits for the first rows must not wait for ever
    }

    private void describeResult() {
        firstLoadLanded();
        int n = rows.size();
        resultText.set(searching.get()
                ? messages.get(n >= SEARCH_LIMIT ? "ui.inbox.searchResultsCapped" : "ui.inbox.searchResults", n,
                        viewLabel(searchedIn))
                : messages.get("ui.inbox.rowCount", n));
    }

    /** The search field's prompt: it names the view a search stays in. */
    public StringBinding searchPrompt() {
        return Bindings.createStringBinding(
                () -> messages.get("ui.inbox.searchPrompt", viewLabel(view.get())), view);
    }

    /** The label of a view with its count, for the sidebar. */
    public String viewLabel(InboxView v) {
        return messages.label(v);
    }

    /** The deadline badge of a row: its clock named ("Tindak lanjut: Terlambat 3 hari kerja"), colour, due days on hover. */
    RowBadges.Badge badge(InboxRow row) {
        return badges.of(row, now.get());
    }

    /** The units a "Menunggu unit" row waits on, each with its due badge, overdue first (issue 20); empty in other views. */
    List<UnitBadges.Line> unitBadges(InboxRow row) {
        return badges.units(row, now.get());
    }

    public Messages messages() {
        return messages;
    }

    public LazyRowList<InboxRow> rows() {
        return rows;
    }

    public ObservableMap<InboxView, Integer> counts() {
        return counts;
    }

    public ObjectProperty<InboxView> viewProperty() {
        return view;
    }

    public ObjectProperty<InboxFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<InboxSort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText;
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    /** One-off messages (export finished, …). */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ObjectProperty<Status> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Facet> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<Facet> unitFilterProperty() {
        return unitFilter;
    }

    public ObjectProperty<Channel> channelFilterProperty() {
        return channelFilter;
    }

    public ObjectProperty<Classification> classificationFilterProperty() {
        return classificationFilter;
    }

    public ObjectProperty<LocalDate> fromDateProperty() {
        return fromDate;
    }

    public ObjectProperty<LocalDate> toDateProperty() {
        return toDate;
    }

    public ObservableList<Facet> categories() {
        return categories;
    }

    public ObservableList<Facet> units() {
        return units;
    }

    /** The institution filter (Ombudsman desk). */
    public ObjectProperty<Facet> agencyFilterProperty() {
        return agencyFilter;
    }

    /** The regency/city filter, by name (Ombudsman desk). */
    public ObjectProperty<String> regencyFilterProperty() {
        return regencyFilter;
    }

    public ObservableList<Facet> agencies() {
        return agencies;
    }

    public ObservableList<String> regencies() {
        return regencies;
    }

    public ObjectProperty<InboxRow> selectedProperty() {
        return selected;
    }
}
