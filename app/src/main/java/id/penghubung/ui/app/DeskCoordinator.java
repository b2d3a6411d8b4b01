package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.model.UnitRef;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.sla.DeadlineEstimate;
import id.penghubung.store.InboxView;
import id.penghubung.ui.action.ActionData;
import id.penghubung.ui.action.ActionViewModel;
import id.penghubung.ui.common.Scheduler;
import id.penghubung.ui.common.ViewSubscriptions;
import id.penghubung.ui.dashboard.DashboardData;
import id.penghubung.ui.dashboard.DashboardViewModel;
import id.penghubung.ui.dashboard.TrendData;
import id.penghubung.ui.dashboard.TrendViewModel;
import id.penghubung.ui.detail.DetailData;
import id.penghubung.ui.detail.DetailViewModel;
import id.penghubung.ui.inbox.Facet;
import id.penghubung.ui.inbox.InboxData;
import id.penghubung.ui.inbox.InboxViewModel;
import id.penghubung.ui.inbox.StoreInboxData;
import id.penghubung.ui.ombudsman.CrossInstitutionViewModel;
import id.penghubung.ui.ombudsman.OmbudsmanData;
import id.penghubung.ui.position.PositionViewModel;
import id.penghubung.ui.print.CaseFilePrinting;
import id.penghubung.ui.print.PrintViewModel;
import id.penghubung.ui.ranking.RankingData;
import id.penghubung.ui.ranking.RankingViewModel;
import id.penghubung.ui.review.ReviewViewModel;
import id.penghubung.ui.similar.GroupAnswerViewModel;
import id.penghubung.ui.similar.SimilarData;
import id.penghubung.ui.similar.SimilarPaneViewModel;
import id.penghubung.ui.sync.StatusBarViewModel;
import id.penghubung.ui.units.UnitTasksViewModel;
import id.penghubung.ui.units.UnitsData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The desk's wiring without the toolkit: builds the view models of one desk in one language and
 * connects them (a selected row opens its complaint, an open complaint fills the action form, a
 * finished sync re-reads the desk, deadlines are watched), and carries the officer's place
 * ({@link DeskState}) from one language to the next. {@link MainWindow} only lays out the nodes
 * and tells the coordinator what the officer did; it is told back through {@link Screen}.
 */
public final class DeskCoordinator {
    /** How often counts and the deadline watch refresh on their own (deadlines move with the clock). */
    static final Duration PERIODIC_REFRESH = Duration.ofSeconds(60);

    /** What the coordinator asks of the window. */
    public interface Screen {
        /** The action form joins the detail pane (a complaint is open) or leaves it. */
        void showEditor(boolean show);

        /** The dashboard in place of the inbox, or the inbox back. */
        void placeDashboard(boolean show);

        /** A short notice at the corner of the window. */
        void notify(Notices.Notice notice);
    }

    private final Desk desk;
    private final Messages messages;
    private final Executor fx;
    private final DeskMode mode;
    private final Screen screen;
    private final InboxViewModel inboxVm;
    private final DetailViewModel detailVm;
    private final ActionViewModel actionVm;
    private final StatusBarViewModel statusVm;
    private final DashboardViewModel dashboardVm;
    private final RankingViewModel rankingVm;
    private final Optional<PositionViewModel> positionVm;
    private final TrendViewModel trendVm;
    private final PrintViewModel printVm;
    private final DeadlineWatch watch;
    private final LongBreakNotice longBreak;
    private final SimilarPaneViewModel similarVm;
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();
    private final List<Scheduler.Cancellable> timers = new ArrayList<>();
    private boolean dashboardShown;
    private final ReadOnlyStringWrapper officerName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper officerInstitution = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper officerLine = new ReadOnlyStringWrapper("");
    /** The action form carried over from the desk in the other language, until its complaint is open again. */
    private DeskState.Form pendingForm;
    private final UnitTasksViewModel unitsVm;
    private final ReviewViewModel reviewVm;

    public DeskCoordinator(Desk desk, Messages messages, Executor fx, Screen screen) {
        this.desk = Objects.requireNonNull(desk);
        this.messages = Objects.requireNonNull(messages);
        this.fx = Objects.requireNonNull(fx);
        this.screen = Objects.requireNonNull(screen);
        this.mode = DeskMode.of(desk.account().role());
        Executor io = desk.background().io();
        InboxData data = new StoreInboxData(desk.store(), desk.queries(), desk.account().userId(),
                c -> desk.deadlines().evaluate(c, desk.clock().instant()), d -> DeadlineEstimate.reason(d, desk.deadlines()));
        inboxVm = new InboxViewModel(messages, data, io, fx, desk.background().scheduler(), desk.clock(),
                desk.workingDays(), desk.zone());
        detailVm = new DetailViewModel(messages, DetailData.of(desk.store()), desk.deadlines(), desk.attachments(), io, fx,
                desk.clock(), desk.zone());
        actionVm = new ActionViewModel(messages, ActionData.of(desk.store()), desk.actionCheck(), desk.reference(), io, fx,
                desk.background().scheduler(), desk.zone());
        actionVm.setAttachmentFiles(desk.attachments());
        unitsVm = new UnitTasksViewModel(messages, UnitsData.of(desk.store()), desk.actionCheck(), io, fx, desk.clock(), desk.zone());
        unitsVm.setOnQueued(this::afterLocalChange);
        unitsVm.setQuoter(actionVm::appendText);
        // --- h2 --- a reviewer who approves (issue 20): the detail's review pane.
        reviewVm = new ReviewViewModel(messages, UnitsData.of(desk.store()), desk.actionCheck(),
                () -> desk.reference().approvesReviews(), io, fx, desk.zone());
        reviewVm.setOnQueued(this::afterLocalChange);
        reviewVm.setRework(actionVm::appendText);
        statusVm = new StatusBarViewModel(messages, desk.sync(), fx, desk.clock(), desk.zone());
        statusVm.useIo(io);
        dashboardVm = new DashboardViewModel(messages, DashboardData.of(desk.store(), desk.queries()), desk.deadlines(), io, fx,
                desk.clock(), desk.zone());
        dashboardVm.setOnDrill(this::openFromDashboard);
        rankingVm = new RankingViewModel(messages, RankingData.of(desk.store(), desk.queries(), desk.deadlines(), desk.clock()),
                mode.acrossInstitutions() ? ReportGrouping.INSTITUTION : ReportGrouping.UNIT, io, fx, desk.clock(), desk.zone());
        rankingVm.setOnOpen(this::openFromRanking);
        trendVm = new TrendViewModel(messages, TrendData.of(desk.store(), desk.deadlines(), desk.clock()), io, fx, desk.clock(),
                desk.zone());
        positionVm = mode.acrossInstitutions() ? Optional.empty() : Optional.of(new PositionViewModel(messages, desk.sync().position(),
                desk.account().agencyId(), rankingVm.periodProperty(), io, fx, desk.clock(), desk.zone()));
        watch = new DeadlineWatch(data);
        longBreak = new LongBreakNotice(messages, desk.deadlines()::calendar, data);
        similarVm = new SimilarPaneViewModel(messages, SimilarData.of(desk.store()), desk.actionCheck(), io, fx);
        similarVm.setOnOpen(id -> detailVm.show(Optional.of(id)));
        similarVm.setOnQueued(this::afterLocalChange);
        inboxVm.viewProperty().set(mode.firstView());
        CaseFilePrinting printing = new CaseFilePrinting(desk.store(), desk.deadlines(),
                desk.attachments()::localBytes, desk.account().userId(),
                desk.account().displayName(), desk.clock(), messages.locale());
        printVm = new PrintViewModel(messages, printing, inboxVm::shown, () -> inboxVm.rows().size(), io, fx,
                desk.zone());
        printVm.offerInternalNotes(mode.canAct());
        if (mode.acrossInstitutions()) {
            printVm.offerRanking(rankingVm::snapshot);
        }
        actionVm.setOnQueued(this::afterLocalChange);
        detailVm.setOnOutboxChanged(this::afterLocalChange);
        detailVm.setOnEdit(actionVm::edit);
        if (mode.canAct()) { // a lapsed reply window offers what LAPOR! allows, chosen in the editor (issue 22)
            detailVm.setOnChooseAction(actionVm.typeProperty()::set);
        }
        detailVm.setNames(key -> desk.reference().units().stream().filter(u -> u.id().equals(key))
                .map(UnitRef::name).findFirst(),
                key -> desk.reference().agencies().stream().filter(a -> a.id().equals(key))
                        .map(AgencyRef::name).findFirst());
        inboxVm.setOnCounts(counts -> statusVm.setPending(counts.getOrDefault(InboxView.OUTBOX, 0)));
        officerName.set(desk.account().displayName());
    }

    /** Connects the view models and starts the periodic refresh; undone by {@link #deactivate()}. */
    public void activate() {
        subscriptions.onChange(inboxVm.selectedProperty(), (o, a, b) -> {
            if (b != null) {
                detailVm.show(Optional.of(b.id()));
            }
        });
        subscriptions.onChange(inboxVm.viewProperty(), (o, a, b) -> showDashboard(false));
        subscriptions.onChange(detailVm.complaintProperty(), (o, a, b) -> complaintShown(b));
        subscriptions.onChange(detailVm.complaintProperty(), (o, a, b) -> unitsVm.show(b));
        subscriptions.onChange(detailVm.complaintProperty(), (o, a, b) -> reviewVm.show(b));
        subscriptions.onChange(statusVm.newAssignmentsProperty(), (o, a, b) -> {
            int added = b.intValue() - a.intValue();
            if (added > 0) {
                screen.notify(Notices.newAssignments(messages, added));
            }
        });
        // A finished sync changes what the desk shows: re-read it.
        subscriptions.onChange(statusVm.runningProperty(), (o, a, b) -> {
            if (a && !b) {
                syncFinished();
            }
        });
        screen.showEditor(editable(detailVm.complaintProperty().get()));
        // Both read the cache: after the inbox's first rows, which read alone (InboxViewModel.activate).
        inboxVm.whenFirstLoaded(() -> {
            showOfficer();
            checkDeadlines();
        });
        if (!desk.store().auditProblems().isEmpty()) {
            // Found at open (AuditLog): told once per desk, after the window is on screen.
            fx.execute(() -> screen.notify(Notices.auditTampered(messages, desk.store().auditProblems())));
        }
        timers.add(desk.background().scheduler().every(PERIODIC_REFRESH, () -> fx.execute(() -> {
            inboxVm.refreshCounts();
            statusVm.tick();
            checkDeadlines();
        })));
    }

    public void deactivate() {
        timers.forEach(Scheduler.Cancellable::cancel);
        timers.clear();
        subscriptions.dispose();
    }

    private void complaintShown(Complaint c) {
        actionVm.setComplaint(c);
        similarVm.show(c);
        screen.showEditor(editable(c));
        DeskState.Form form = pendingForm;
        if (c != null && form != null && form.complaintId().equals(c.id())) {
            pendingForm = null;
            form.type().ifPresent(actionVm.typeProperty()::set);
            if (!form.text().isEmpty()) {
                actionVm.textProperty().set(form.text()); // counts as typed: no stored draft overwrites it
            }
            form.unit().ifPresent(actionVm.unitProperty()::set);
            form.agency().ifPresent(actionVm.suggestedAgencyProperty()::set);
        }
    }

    /** A complaint redirected away is read-only here: no action form at all (issue 22). */
    private static boolean editable(Complaint c) {
        return c != null && !c.isRedirectedAway();
    }

    /** The signed-in account's name and institution, read in the background (again after a sync). */
    private void showOfficer() {
        desk.background().io().execute(() -> {
            OfficerIdentity who = OfficerIdentity.of(desk, messages);
            fx.execute(() -> {
                officerName.set(who.name());
                officerInstitution.set(who.institution());
                officerLine.set(who.line(messages));
            });
        });
    }

    /** After a sync: everything re-read, the filter lists and the form's reference data too. */
    void syncFinished() {
        List<TrackingId> sentLate = desk.sync().takeSentLate();
        if (!sentLate.isEmpty()) {
            screen.notify(Notices.sentLate(messages, sentLate));
        }
        MovedDeadlinesNotice.of(messages, desk.sync().takeMovedDeadlines()).ifPresent(screen::notify); // issue 22
        refresh();
        showOfficer(); // the first sync brings the institution's name into an empty cache
        inboxVm.refreshFacets(); // the first sync fills the filter lists of an empty cache
        if (mode.canAct()) {
            actionVm.activate(); // units, institutions and templates may have come with the sync
        }
    }

    /** After an action was queued, withdrawn, resent or discarded. */
    private void afterLocalChange() {
        inboxVm.refresh();
        detailVm.reload();
    }

    /** F5: everything from the store again. */
    public void refresh() {
        inboxVm.refresh();
        detailVm.reload();
        if (dashboardShown) {
            dashboardVm.refresh();
        }
        checkDeadlines();
    }

    private void checkDeadlines() {
        Instant now = desk.clock().instant();
        Instant soon = inboxVm.soonThreshold(now);
        desk.background().io().execute(() -> {
            List<TrackingId> fresh = watch.check(now, soon);
            if (!fresh.isEmpty()) {
                fx.execute(() -> screen.notify(Notices.overdue(messages, fresh)));
            }
            if (mode.canAct()) {
                longBreak.check(now).ifPresent(notice -> fx.execute(() -> screen.notify(notice)));
            }
        });
    }

    public boolean dashboardShown() {
        return dashboardShown;
    }

    /** A dashboard bar's complaints in the inbox: its view, narrowed by its category or its regency. */
    private void openFromDashboard(DashboardViewModel.Drill drill) {
        inboxVm.clearFilters();
        drill.categoryId().ifPresent(id -> inboxVm.categoryFilterProperty().set(inboxVm.categories().stream()
                .filter(f -> f.id().equals(id)).findFirst().orElse(new Facet(id, id))));
        drill.regency().ifPresent(inboxVm.regencyFilterProperty()::set);
        inboxVm.viewProperty().set(drill.view());
        showDashboard(false);
    }

    /** A ranking row's overdue complaints in the inbox: its institution's (Ombudsman) or its unit's (officer). */
    private void openFromRanking(RankingViewModel.Row row) {
        inboxVm.clearFilters();
        Facet facet = new Facet(row.id(), row.name());
        if (rankingVm.grouping() == ReportGrouping.INSTITUTION) {
            inboxVm.agencyFilterProperty().set(facet);
        } else {
            inboxVm.unitFilterProperty().set(facet);
        }
        inboxVm.viewProperty().set(InboxView.OVERDUE);
        showDashboard(false);
    }

    /** The dashboard's weekly/monthly trends (issue 18). */
    public TrendViewModel trend() {
        return trendVm;
    }

    /** "Posisi kami" beside an officer's ranking (issue 18); none on the Ombudsman desk. */
    public Optional<PositionViewModel> position() {
        return positionVm;
    }

    /** The ranking beside the dashboard: institutions on the Ombudsman desk, the agency's units on an officer's. */
    public RankingViewModel ranking() {
        return rankingVm;
    }

    /** The dashboard in place of the inbox (Ctrl+D, the sidebar's button), or the inbox back. */
    public void showDashboard(boolean show) {
        if (show == dashboardShown) {
            return;
        }
        dashboardShown = show;
        screen.placeDashboard(show);
    }

    /** Where the officer is: view, search, sort, open complaint, the action form's contents. */
    public DeskState capture() {
        Complaint open = detailVm.complaintProperty().get();
        Optional<DeskState.Form> form = Optional.ofNullable(open).filter(c -> mode.canAct())
                .map(c -> new DeskState.Form(c.id(), Optional.ofNullable(actionVm.typeProperty().get()),
                        Objects.requireNonNullElse(actionVm.textProperty().get(), ""),
                        Optional.ofNullable(actionVm.unitProperty().get()),
                        Optional.ofNullable(actionVm.suggestedAgencyProperty().get())));
        return new DeskState(inboxVm.viewProperty().get(), Objects.requireNonNullElse(inboxVm.searchTextProperty().get(), ""),
                inboxVm.sortProperty().get(), inboxVm.descendingProperty().get(),
                Optional.ofNullable(open).map(Complaint::id), dashboardShown, form);
    }

    /** Puts the officer back where {@link #capture()} found them (call after {@link #activate()}). */
    public void restore(DeskState state) {
        inboxVm.viewProperty().set(state.view());
        inboxVm.sortProperty().set(state.sort());
        inboxVm.descendingProperty().set(state.descending());
        inboxVm.searchTextProperty().set(state.search());
        pendingForm = state.form().orElse(null);
        state.complaintId().ifPresent(id -> detailVm.show(Optional.of(id)));
        showDashboard(state.dashboard());
    }

    /** The signed-in account's name. */
    public ReadOnlyStringProperty officerNameProperty() {
        return officerName.getReadOnlyProperty();
    }

    /** The signed-in account's institution ("Pemerintah Kota Bandung"; an Ombudsman account: its office). */
    public ReadOnlyStringProperty officerInstitutionProperty() {
        return officerInstitution.getReadOnlyProperty();
    }

    /** "Masuk sebagai … (…)", for the lock screen. */
    public ReadOnlyStringProperty officerLineProperty() {
        return officerLine.getReadOnlyProperty();
    }

    public DeskMode mode() {
        return mode;
    }

    public Messages messages() {
        return messages;
    }

    public InboxViewModel inbox() {
        return inboxVm;
    }

    public SimilarPaneViewModel similar() {
        return similarVm;
    }

    /** A group answer for the complaint the similar pane shows, over its candidates (issue 17). */
    public GroupAnswerViewModel groupAnswer() {
        GroupAnswerViewModel vm = new GroupAnswerViewModel(messages, SimilarData.of(desk.store()), desk.actionCheck(),
                c -> desk.deadlines().evaluate(c, desk.clock().instant()), desk.clock(), desk.background().io(), fx);
        vm.setOnQueued(this::afterLocalChange);
        return vm;
    }

    /** The Ombudsman's groups across institutions and redirect loops (issue 17), computed when shown. */
    public CrossInstitutionViewModel crossInstitution() {
        return new CrossInstitutionViewModel(messages, OmbudsmanData.of(desk.store()), desk.deadlines().calendar(), desk.zone(),
                desk.background().io(), fx);
    }

    public DetailViewModel detail() {
        return detailVm;
    }

    public ActionViewModel action() {
        return actionVm;
    }

    public UnitTasksViewModel units() {
        return unitsVm;
    }

    public ReviewViewModel review() {
        return reviewVm;
    }

    public StatusBarViewModel status() {
        return statusVm;
    }

    public DashboardViewModel dashboard() {
        return dashboardVm;
    }

    public PrintViewModel print() {
        return printVm;
    }
}
