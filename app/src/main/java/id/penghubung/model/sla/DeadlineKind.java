package id.penghubung.model.sla;

/** The clocks a report runs against, in the order they start. */
public enum DeadlineKind {
    /** LAPOR! admin verifies and dispositions the report. */
    VERIFICATION,
    /** The agency posts its first follow-up (tindak lanjut) after disposition. */
    FOLLOW_UP,
    /** Without a reply after a follow-up, the report counts as finished. */
    AUTO_FINISH,
    /** The complaint is completed. */
    COMPLETION,
    /**
     * The reporter's reply window after an information request (REQUEST_INFO): the reporter's clock,
     * not the agency's — never part of the officer's overdue counts ({@link DeadlineCalculator#replyWindow}).
     */
    REPLY_WINDOW,
    // --- R5 ---
    /** A reporter's reply after "Selesai" reopened the complaint: the agency answers it (policy, default 5 working days). */
    REOPEN
}
