package id.penghubung.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;

/**
 * The complaint as the officer saw it when an action was written, as JSON in the shape the server
 * sends a complaint (the same field names: {@code version}, {@code status}, {@code title},
 * {@code unit.name}, {@code agency.name}, {@code category.name}, {@code reporter.name},
 * {@code events[].id/type/at/actor/text}), so a conflict compares it with the server's answer field
 * by field. Kept in the outbox row ({@code base_copy}, sealed: it names the reporter). Written with
 * the tree model, like {@link ActionCodec}: the stored format must not follow a Jackson module.
 */
public final class BaseCopy {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BaseCopy() {
    }

    /** The complaint's base-copy JSON. */
    public static String toJson(Complaint c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id());
        n.put("trackingId", c.trackingId().toString());
        n.put("version", c.version());
        n.put("title", c.title());
        n.put("body", c.body());
        n.put("status", c.status().name());
        n.put("anonymous", c.anonymous());
        ObjectNode category = n.putObject("category");
        category.put("id", c.category().id());
        category.put("name", c.category().name());
        c.agency().ifPresentOrElse(a -> n.putObject("agency").put("id", a.id()).put("name", a.name()),
                () -> n.putNull("agency"));
        c.unit().ifPresentOrElse(u -> n.putObject("unit").put("id", u.id()).put("agencyId", u.agencyId())
                .put("name", u.name()), () -> n.putNull("unit"));
        c.reporter().ifPresentOrElse(r -> n.putObject("reporter").put("name", r.name()), () -> n.putNull("reporter"));
        var events = n.putArray("events");
        for (Event e : c.events()) {
            ObjectNode ev = events.addObject();
            ev.put("id", e.id());
            ev.put("type", e.type().name());
            ev.put("at", e.at().toString());
            ev.putObject("actor").put("kind", e.actor().kind().name()).put("name", e.actor().name());
            ev.put("text", e.text());
        }
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
