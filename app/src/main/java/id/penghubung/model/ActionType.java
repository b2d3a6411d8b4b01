package id.penghubung.model;

/** The officer's actions on a report, as queued in the outbox and sent to the server. */
public enum ActionType {
    /** Tindak lanjut: a follow-up posted to the reporter. */
    RESPOND,
    /** Disposisi to an internal unit of the agency. */
    DISPOSE,
    /** Bukan wewenang: not this agency's authority. */
    NOT_AUTHORIZED,
    /** Ask the reporter for more information. */
    REQUEST_INFO,
    /** Final response; the report becomes SELESAI. */
    COMPLETE,
    /** Internal note, never shown to the reporter. */
    NOTE,
    // --- r7 ---
    /** Link to another complaint as related or as its duplicate (issue 17); allowed in every status. */
    LINK,
    /** End a link made earlier; allowed in every status. */
    UNLINK
}
