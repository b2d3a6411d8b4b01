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
    // --- R3 ---
    /** A complaint received elsewhere (phone, letter, counter) entered by the officer; the server assigns its tracking ID. */
    CREATE,
    // --- R4 ---
    /** A unit's answer to a disposition, recorded by the officer (internal). */
    UNIT_REPLY,
    /** A reminder to a unit that has not answered (recorded). */
    UNIT_REMIND,
    /** A disposition to a unit taken back. */
    UNIT_WITHDRAW,
    // --- R5 ---
    /** Set (or change) the completion tier: information/simple, no field inspection, field inspection. */
    SET_TIER,
    /** Extend a Permintaan Informasi's 10 working days once by 7, with a reason. */
    EXTEND,
    // --- r7 ---
    /** Link to another complaint as related or as its duplicate (issue 17); allowed in every status. */
    LINK,
    /** End a link made earlier; allowed in every status. */
    UNLINK,
    // --- h2 ---
    /** A public answer (RESPOND, COMPLETE, NOT_AUTHORIZED) submitted for approval where the agency requires review. */
    SUBMIT_REVIEW,
    /** The approver approves a submission: the server posts the answer in its author's name. */
    APPROVE,
    /** The approver returns a submission to its author with notes. */
    RETURN
}
