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
    // --- R5 ---
    /** Set (or change) the completion tier: information/simple, no field inspection, field inspection. */
    SET_TIER,
    /** Extend a Permintaan Informasi's 10 working days once by 7, with a reason. */
    EXTEND
}
