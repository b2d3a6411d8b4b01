package id.penghubung.store;

import id.penghubung.model.Complaint;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint the store has already checked and cleaned ({@link CaseStore#checked}): a pull does that
 * on its fetch thread, and {@link CaseStore#applyCheckedPage} then writes it without checking it again
 * on the writer's (the second check of every text was a tenth of the writer's time, issue 18). Only the
 * store makes one.
 */
public final class CheckedComplaint {
    private final Complaint complaint;
    /** Its dashboard facts, when computed with the check ({@link CaseStore#withFacts}). */
    private final Optional<FactRows.Computed> facts;

    CheckedComplaint(Complaint complaint) {
        this(complaint, Optional.empty());
    }

    CheckedComplaint(Complaint complaint, Optional<FactRows.Computed> facts) {
        this.complaint = Objects.requireNonNull(complaint, "complaint");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    Optional<FactRows.Computed> facts() {
        return facts;
    }

    public Complaint complaint() {
        return complaint;
    }
}
