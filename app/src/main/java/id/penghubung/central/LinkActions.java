package id.penghubung.central;

import id.penghubung.model.ActionType;
import id.penghubung.model.ComplaintLink;
import id.penghubung.model.EventType;
import id.penghubung.model.LinkRelation;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * LINK and UNLINK (issue 17): a complaint linked to another as related or as its duplicate. The
 * link is an event on the acting complaint (LINKED/UNLINKED, text {@code "<relation> <trackingId>"}),
 * so everyone who sees the complaint sees it; the related complaint may lie in any institution's
 * scope, as the same issue is often filed with several.
 */
final class LinkActions {
    private static final Pattern TRACKING = Pattern.compile("[0-9]{1,12}");

    private LinkActions() {
    }

    static boolean isLink(ActionType t) {
        return t == ActionType.LINK || t == ActionType.UNLINK;
    }

    /** Rejects the link fields on other types, and checks them on LINK and UNLINK. */
    static void validate(Connection c, WireAction a, WireComplaint complaint, Map<String, String> f) throws SQLException {
        if (!isLink(a.type())) {
            if (a.relatedTrackingId() != null) {
                f.put("relatedTrackingId", "not allowed for " + a.type());
            }
            if (a.relation() != null) {
                f.put("relation", "not allowed for " + a.type());
            }
            return;
        }
        if (a.type() == ActionType.LINK && a.relation() == null) {
            f.put("relation", "required");
        } else if (a.type() == ActionType.UNLINK && a.relation() != null) {
            f.put("relation", "not allowed for UNLINK");
        }
        String related = a.relatedTrackingId();
        if (related == null || !TRACKING.matcher(related).matches()) {
            f.put("relatedTrackingId", "required, 1 to 12 digits");
            return;
        }
        if (related.equals(complaint.trackingId())) {
            f.put("relatedTrackingId", "is the complaint itself");
            return;
        }
        if (!exists(c, related)) {
            f.put("relatedTrackingId", "unknown complaint");
            return;
        }
        boolean linked = current(complaint).stream().anyMatch(l -> l.trackingId().equals(related));
        if (a.type() == ActionType.LINK && linked) {
            f.put("relatedTrackingId", "already linked");
        } else if (a.type() == ActionType.UNLINK && !linked) {
            f.put("relatedTrackingId", "not linked");
        }
    }

    /** The event an applied LINK or UNLINK adds to the acting complaint. */
    static WireEvent event(WireAction a, WireComplaint complaint, Instant now, WireActor actor) {
        if (a.type() == ActionType.LINK) {
            return new WireEvent(a.actionId(), EventType.LINKED, now, actor,
                    ComplaintLink.eventText(a.relation(), a.relatedTrackingId()), List.of());
        }
        LinkRelation ended = current(complaint).stream().filter(l -> l.trackingId().equals(a.relatedTrackingId()))
                .map(ComplaintLink.Named::relation).findFirst().orElse(LinkRelation.RELATED);
        return new WireEvent(a.actionId(), EventType.UNLINKED, now, actor,
                ComplaintLink.eventText(ended, a.relatedTrackingId()), List.of());
    }

    /** The complaint's links in force: LINKED events not ended by a later UNLINKED. */
    static List<ComplaintLink.Named> current(WireComplaint complaint) {
        LinkedHashMap<String, ComplaintLink.Named> byId = new LinkedHashMap<>();
        for (WireEvent e : complaint.events()) {
            EventType type = e.knownType();
            if (type != EventType.LINKED && type != EventType.UNLINKED) {
                continue;
            }
            Optional<ComplaintLink.Named> named = ComplaintLink.parse(e.text());
            if (named.isPresent()) {
                byId.remove(named.get().trackingId());
                if (type == EventType.LINKED) {
                    byId.put(named.get().trackingId(), named.get());
                }
            }
        }
        return List.copyOf(byId.values());
    }

    private static boolean exists(Connection c, String trackingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM complaints WHERE tracking_id = ?")) {
            ps.setString(1, trackingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
