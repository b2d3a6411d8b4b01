package id.penghubung.store;

/** Sort orders of the inbox table; ties are broken by the store's row order so paging is stable. */
public enum InboxSort {
    /** Next deadline; complaints without a running deadline come last (ascending). */
    DEADLINE,
    /** Tracking ID numerically. */
    TRACKING_ID,
    /** Submission time. */
    SUBMITTED
}
