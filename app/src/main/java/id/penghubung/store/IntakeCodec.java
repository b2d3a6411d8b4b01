package id.penghubung.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.GeoPoint;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.action.Create;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A CREATE action's fields in the outbox JSON (part of {@link ActionCodec}). The reporter is written
 * here in the clear only for the plain tree; {@link IntakeOutbox} takes it out and seals it before the
 * payload reaches the disk.
 */
final class IntakeCodec {
    private IntakeCodec() {
    }

    static void write(ObjectNode n, Create k) {
        n.put("title", k.title());
        n.put("body", k.body());
        n.put("categoryId", k.categoryId());
        n.put("classification", k.classification().name());
        n.put("channel", k.channel().name());
        ObjectNode l = n.putObject("location");
        Location loc = k.location();
        l.put("provinceId", loc.provinceId());
        l.put("province", loc.province());
        l.put("regency", loc.regency());
        l.put("district", loc.district());
        l.put("village", loc.village());
        l.put("detail", loc.detail());
        loc.coordinates().ifPresent(p -> {
            l.put("latitude", p.latitude());
            l.put("longitude", p.longitude());
        });
        n.put("anonymous", k.anonymous());
        k.reporter().ifPresent(r -> n.set("reporter", reporter(n, r)));
        n.put("receivedAt", k.receivedAt().toString());
        ActionCodec.shas(n, k.attachmentShas());
    }

    static ObjectNode reporter(ObjectNode parent, Reporter r) {
        ObjectNode o = parent.objectNode();
        o.put("name", r.name());
        r.phone().ifPresent(v -> o.put("phone", v));
        r.email().ifPresent(v -> o.put("email", v));
        r.nik().ifPresent(v -> o.put("nik", v));
        return o;
    }

    static Reporter reporter(JsonNode o) {
        return new Reporter(ActionCodec.text(o, "name"), optional(o, "phone"), optional(o, "email"), optional(o, "nik"));
    }

    static Create read(JsonNode n) {
        try {
            JsonNode l = n.path("location");
            Optional<GeoPoint> point = l.hasNonNull("latitude") && l.hasNonNull("longitude")
                    ? Optional.of(new GeoPoint(l.get("latitude").asDouble(), l.get("longitude").asDouble()))
                    : Optional.empty();
            Location loc = new Location(ActionCodec.text(l, "provinceId"), ActionCodec.text(l, "province"), l.path("regency").asText(""),
                    l.path("district").asText(""), l.path("village").asText(""), l.path("detail").asText(""), point);
            Optional<Reporter> reporter = n.path("anonymous").asBoolean(false) || !n.hasNonNull("reporter")
                    ? Optional.empty()
                    : Optional.of(reporter(n.get("reporter")));
            return new Create(ActionCodec.text(n, "title"), ActionCodec.text(n, "body"), ActionCodec.text(n, "categoryId"),
                    Classification.valueOf(ActionCodec.text(n, "classification")), Channel.valueOf(ActionCodec.text(n, "channel")),
                    loc, reporter, Instant.parse(ActionCodec.text(n, "receivedAt")), ActionCodec.shas(n));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
    }

    private static Optional<String> optional(JsonNode o, String field) {
        return o.hasNonNull(field) ? Optional.of(o.get(field).asText()) : Optional.empty();
    }
}
