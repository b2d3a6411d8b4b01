package id.penghubung.model;

/** Who an account is: a liaison officer acts, an Ombudsman office only reads, an admin drives the training world. */
public enum Role {
    OFFICER,
    OMBUDSMAN,
    ADMIN,
    // --- h2 ---
    /** The agency's atasan (issue 20): an officer's scope; approves drafts where the agency's review policy says so. */
    SUPERVISOR;

    /** Whether the account works for an agency and acts on its complaints (an officer or a supervisor). */
    public boolean actsForAgency() {
        return this == OFFICER || this == SUPERVISOR;
    }
}
