package id.penghubung.ui.app;

import id.penghubung.model.Role;
import id.penghubung.store.InboxView;
import java.util.List;

/**
 * What kind of desk a signed-in account gets. An officer works its agency's complaints; an Ombudsman
 * regional office supervises its region's complaints across institutions and only reads (the server
 * refuses its actions anyway): no action form, no local work views, the institution visible and
 * filterable. The views only hide and show what this says.
 */
public enum DeskMode {
    // The status views first (they add up to "Semua", which follows them), then the deadline views.
    OFFICER(List.of(InboxView.NEEDS_FOLLOW_UP, InboxView.WAITING_FOR_REPORTER, InboxView.ANSWERED,
            InboxView.NOT_AUTHORIZED, InboxView.COMPLETED, InboxView.ARCHIVED, InboxView.HELD, InboxView.REDIRECTED, InboxView.ALL,
            InboxView.OVERDUE,
            InboxView.DUE_SOON, InboxView.DRAFTS, InboxView.OUTBOX, InboxView.CONFLICTS,
            // --- h2 --- coordination queues (issue 20), after the local work so the earlier shortcuts stay.
            InboxView.AWAITING_UNITS, InboxView.AWAITING_APPROVAL, InboxView.RETURNED), InboxView.NEEDS_FOLLOW_UP),
    OMBUDSMAN(List.of(InboxView.ALL, InboxView.OVERDUE, InboxView.DUE_SOON, InboxView.COMPLETED, InboxView.ARCHIVED),
            InboxView.ALL);

    private final List<InboxView> views;
    private final InboxView firstView;

    DeskMode(List<InboxView> views, InboxView firstView) {
        this.views = views;
        this.firstView = firstView;
    }

    /** An admin account reads like an Ombudsman office: only officers (and their supervisors, issue 20) act. */
    public static DeskMode of(Role role) {
        return role.actsForAgency() ? OFFICER : OMBUDSMAN;
    }

    /** The sidebar's views, in order (Ctrl+1… follow this order). */
    public List<InboxView> views() {
        return views;
    }

    /** The view shown first after sign-in. */
    public InboxView firstView() {
        return firstView;
    }

    /** True when the action form, drafts, outbox and conflicts belong on this desk. */
    public boolean canAct() {
        return this == OFFICER;
    }

    /** True when rows come from several institutions: the institution and regency columns and filters show. */
    public boolean acrossInstitutions() {
        return this == OMBUDSMAN;
    }

    /** True for views holding the officer's local work (a heading goes above them in the sidebar). */
    public static boolean isLocalWork(InboxView view) {
        return view == InboxView.DRAFTS || view == InboxView.OUTBOX || view == InboxView.CONFLICTS;
    }
}
