package id.penghubung.store;

import id.penghubung.model.Complaint;
import java.util.Objects;

/**
 * A complaint the store has already checked and cleaned ({@link CaseStore#checked}): a pull does that
 * on its fetch thread, and {@link CaseStore#applyCheckedPage} then writes it without checking it again
 * on the writer's (the second check of every text was a tenth of the writer's time, issue 18). Only the
 * store makes one.
 */
public final class CheckedComplaint {
    private final Complaint complaint;

    CheckedComplaint(Complaint complaint) {
        this.complaint = Objects.requireNonNull(complaint, "complaint");
    }

    public Complaint complaint() {
        return complaint;
    }
}
