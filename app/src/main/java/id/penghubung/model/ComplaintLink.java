package id.penghubung.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One current link of a complaint to another (issue 17). The protocol carries a link as a
 * {@link EventType#LINKED} event whose text is the relation and the related tracking ID separated
 * by one space ({@code "DUPLICATE_OF 3100901"}); a later {@link EventType#UNLINKED} event with the
 * same tracking ID ends it. {@link #current} replays a chronology into the links in force.
 */
public record ComplaintLink(String trackingId, LinkRelation relation, Instant at, String by) {
    public ComplaintLink {
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(at, "at");
        by = Objects.requireNonNullElse(by, "");
    }

    /** The relation and tracking ID a LINKED or UNLINKED event names. */
    public record Named(LinkRelation relation, String trackingId) {
    }

    /** The text of a LINKED/UNLINKED event for this relation and tracking ID. */
    public static String eventText(LinkRelation relation, String trackingId) {
        return relation.name() + " " + trackingId;
    }

    /** The relation and tracking ID in an event text, or empty when the text is not of that form. */
    public static Optional<Named> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(" ");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            LinkRelation relation = LinkRelation.valueOf(parts[0].toUpperCase(Locale.ROOT));
            return TrackingId.parse(parts[1]).map(id -> new Named(relation, id.value()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The relation and tracking ID a LINKED or UNLINKED event names; empty for other events. */
    public static Optional<Named> of(Event e) {
        return e.type() == EventType.LINKED || e.type() == EventType.UNLINKED ? parse(e.text()) : Optional.empty();
    }

    /** The links in force after these events, in the order they were made. */
    public static List<ComplaintLink> current(List<Event> events) {
        Map<String, ComplaintLink> byId = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.type() != EventType.LINKED && e.type() != EventType.UNLINKED) {
                continue;
            }
            Optional<Named> named = parse(e.text());
            if (named.isEmpty()) {
                continue;
            }
            String id = named.get().trackingId();
            if (e.type() == EventType.LINKED) {
                byId.remove(id);
                byId.put(id, new ComplaintLink(id, named.get().relation(), e.at(), e.actor().name()));
            } else {
                byId.remove(id);
            }
        }
        return new ArrayList<>(byId.values());
    }
}
