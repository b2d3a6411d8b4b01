package id.penghubung.model.sla;

/** Where a clock counts from, as its rule names it ("5 hari kerja sejak disposisi"). */
public enum DeadlineOrigin {
    SUBMISSION,
    DISPOSITION,
    /** The reporter's answer completed the file (completion after an information request). */
    REPORTER_ANSWER,
    /** The last follow-up without a reply (auto-finish). */
    LAST_FOLLOW_UP,
    /** The information request to the reporter (the reporter's reply window). */
    INFORMATION_REQUEST,
    /** The reporter's reply that reopened the complaint. */
    REOPEN
}
