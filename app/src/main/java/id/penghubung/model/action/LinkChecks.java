package id.penghubung.model.action;

import id.penghubung.model.Complaint;
import id.penghubung.model.ComplaintLink;
import id.penghubung.model.TrackingId;
import java.util.List;

/** The checks of a LINK or UNLINK action against the complaint's own tracking ID and its current links. */
final class LinkChecks {
    static final String FIELD_RELATED = "relatedTrackingId";
    static final String TRACKING_ID = "validation.link.trackingId";
    static final String SELF = "validation.link.self";
    static final String ALREADY = "validation.link.already";
    static final String NONE = "validation.link.none";

    private LinkChecks() {
    }

    static void check(String relatedTrackingId, boolean linking, Complaint complaint, List<Problem> problems) {
        if (TrackingId.parse(relatedTrackingId).filter(id -> id.value().equals(relatedTrackingId)).isEmpty()) {
            problems.add(Problem.of(FIELD_RELATED, TRACKING_ID, relatedTrackingId));
            return;
        }
        if (complaint.trackingId().value().equals(relatedTrackingId)) {
            problems.add(Problem.of(FIELD_RELATED, SELF));
            return;
        }
        boolean linked = ComplaintLink.current(complaint.events()).stream()
                .anyMatch(l -> l.trackingId().equals(relatedTrackingId));
        if (linking && linked) {
            problems.add(Problem.of(FIELD_RELATED, ALREADY, relatedTrackingId));
        } else if (!linking && !linked) {
            problems.add(Problem.of(FIELD_RELATED, NONE, relatedTrackingId));
        }
    }
}
