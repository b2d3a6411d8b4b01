package id.penghubung.model;

import java.util.List;
import java.util.Optional;

/**
 * Where a complaint's public answer stands in its agency's review (issue 20), read from its events:
 * the submission waiting for approval, or the last one returned to its author with notes. A
 * submission waits from its REVIEW_SUBMITTED until a REVIEW_APPROVED or REVIEW_RETURNED names it.
 */
public final class Reviews {
    private Reviews() {
    }

    /** The REVIEW_SUBMITTED event still waiting for approval, if any. */
    public static Optional<Event> waiting(Complaint complaint) {
        return waiting(complaint.events());
    }

    static Optional<Event> waiting(List<Event> events) {
        Event open = null;
        for (Event e : events) {
            if (e.review().isEmpty()) {
                continue;
            }
            switch (e.type()) {
                case REVIEW_SUBMITTED -> open = e;
                case REVIEW_APPROVED, REVIEW_RETURNED -> {
                    if (open != null && open.id().equals(e.review().get().submissionId())) {
                        open = null;
                    }
                }
                default -> {
                    // The posted answer repeats its review; the approval before it closed the submission.
                }
            }
        }
        return Optional.ofNullable(open);
    }

    /**
     * The REVIEW_RETURNED event when the complaint's latest review step is a return (the author has
     * not resubmitted and nothing was approved since): the draft is back with its author.
     */
    public static Optional<Event> returned(Complaint complaint) {
        Event last = null;
        for (Event e : complaint.events()) {
            if (e.type() == EventType.REVIEW_SUBMITTED || e.type() == EventType.REVIEW_APPROVED || e.type() == EventType.REVIEW_RETURNED) {
                last = e;
            }
        }
        return last != null && last.type() == EventType.REVIEW_RETURNED ? Optional.of(last) : Optional.empty();
    }

    /** The submission a review event names (the draft a return sends back), if the complaint still has it. */
    public static Optional<Event> submission(Complaint complaint, String submissionId) {
        return complaint.events().stream()
                .filter(e -> e.type() == EventType.REVIEW_SUBMITTED && e.id().equals(submissionId))
                .findFirst();
    }
}
