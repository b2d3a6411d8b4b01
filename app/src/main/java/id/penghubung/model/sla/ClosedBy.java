package id.penghubung.model.sla;

import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import java.util.Optional;

/**
 * Who closed a complaint, shown and printed: the agency (its officer's COMPLETE), LAPOR! by itself
 * (auto-finish: "dianggap selesai" after the policy's working days without a reply, a COMPLETED event
 * by the SYSTEM) or the LAPOR! admin (a COMPLETED event by an admin, or an archive).
 */
public enum ClosedBy {
    AGENCY,
    AUTO,
    ADMIN;

    /** Who closed it, from the last closing event; empty while the complaint is open or no closing event is known. */
    public static Optional<ClosedBy> of(Complaint complaint) {
        if (!complaint.status().isClosed()) {
            return Optional.empty();
        }
        for (int i = complaint.events().size() - 1; i >= 0; i--) {
            Event e = complaint.events().get(i);
            if (e.type() == EventType.ARCHIVED) {
                return Optional.of(ADMIN);
            }
            if (e.type() == EventType.COMPLETED) {
                return of(e);
            }
        }
        return Optional.empty();
    }

    /** Who a closing event (COMPLETED or ARCHIVED) was by, for the chronology; empty for any other event. */
    public static Optional<ClosedBy> of(Event e) {
        if (e.type() == EventType.ARCHIVED) {
            return Optional.of(ADMIN);
        }
        if (e.type() != EventType.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(switch (e.actor().kind()) {
            case SYSTEM -> AUTO;
            case ADMIN -> ADMIN;
            default -> AGENCY;
        });
    }
}
