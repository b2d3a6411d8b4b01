package id.penghubung.ui.similar;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.ComplaintLink;
import id.penghubung.model.LinkRelation;
import id.penghubung.model.action.Link;
import id.penghubung.model.action.Unlink;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complaint's links in words: those the server recorded (its LINKED events not ended since),
 * then the officer's LINK/UNLINK actions still waiting in the outbox on top ("menunggu dikirim").
 */
final class LinkLines {
    private LinkLines() {
    }

    /** Tracking ID → the words of its link, in the order the links were made. */
    static Map<String, String> of(Complaint c, List<OutboxEntry> outbox, Messages m) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (ComplaintLink l : ComplaintLink.current(c.events())) {
            lines.put(l.trackingId(), words(m, l.relation(), l.trackingId()));
        }
        for (OutboxEntry e : outbox) {
            if (e.state() == OutboxState.APPLIED) {
                continue;
            }
            if (e.action() instanceof Link l) {
                lines.put(l.relatedTrackingId(), words(m, l.relation(), l.relatedTrackingId()) + " " + m.get("ui.similar.queued"));
            } else if (e.action() instanceof Unlink u) {
                lines.remove(u.relatedTrackingId());
            }
        }
        return lines;
    }

    static String words(Messages m, LinkRelation relation, String trackingId) {
        return m.label(relation) + " #" + trackingId;
    }
}
