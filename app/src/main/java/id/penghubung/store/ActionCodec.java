package id.penghubung.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.ActionType;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.LinkRelation;
import id.penghubung.model.action.Approve;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.Extend;
import id.penghubung.model.action.Link;
import id.penghubung.model.action.NotAuthorized;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import id.penghubung.model.action.ReturnDraft;
import id.penghubung.model.action.SetTier;
import id.penghubung.model.action.SubmitReview;
import id.penghubung.model.action.UnitOrder;
import id.penghubung.model.action.UnitRemind;
import id.penghubung.model.action.UnitReply;
import id.penghubung.model.action.UnitWithdraw;
import id.penghubung.model.action.Unlink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Officer actions as JSON ({"type": ..., fields...}) for the outbox and the local-work export.
 * Written with the tree model on purpose: the records use Optional, and the store's format must not
 * change when someone registers a Jackson module.
 */
final class ActionCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActionCodec() {
    }

    static ObjectNode toTree(OfficerAction action) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", action.type().name());
        switch (action) {
            case Respond r -> {
                n.put("text", r.text());
                shas(n, r.attachmentShas());
            }
            case Dispose d when d.isSingleUnitForm() -> {
                n.put("unitId", d.unitId());
                n.put("note", d.note());
            }
            case Dispose d -> {
                ArrayNode units = n.putArray("units");
                for (UnitOrder o : d.units()) {
                    ObjectNode u = units.addObject();
                    u.put("unitId", o.unitId());
                    u.put("instruction", o.instruction());
                    o.dueDate().ifPresent(due -> u.put("dueDate", due.toString()));
                }
            }
            case NotAuthorized na -> {
                n.put("reason", na.reason());
                na.suggestedAgencyId().ifPresent(a -> n.put("suggestedAgencyId", a));
            }
            case RequestInfo ri -> n.put("question", ri.question());
            case Complete c -> {
                n.put("text", c.text());
                shas(n, c.attachmentShas());
            }
            case Note note -> n.put("text", note.text());
            case Create k -> IntakeCodec.write(n, k);
            case UnitReply r -> {
                n.put("unitId", r.unitId());
                n.put("text", r.text());
                shas(n, r.attachmentShas());
                n.put("answeredBy", r.answeredBy());
                n.put("answeredAt", r.answeredAt().toString());
            }
            case UnitRemind r -> {
                n.put("unitId", r.unitId());
                n.put("note", r.note());
            }
            case UnitWithdraw w -> {
                n.put("unitId", w.unitId());
                n.put("reason", w.reason());
            }
            case SetTier t -> n.put("tier", t.tier().name());
            case Extend x -> n.put("reason", x.reason());
            case Link link -> {
                n.put("relatedTrackingId", link.relatedTrackingId());
                n.put("relation", link.relation().name());
            }
            case Unlink unlink -> n.put("relatedTrackingId", unlink.relatedTrackingId());
            case SubmitReview r -> {
                n.put("answerType", r.answerType().name());
                n.put("text", r.text());
                shas(n, r.attachmentShas());
                r.suggestedAgencyId().ifPresent(a -> n.put("suggestedAgencyId", a));
            }
            case Approve a -> n.put("submissionId", a.submissionId());
            case ReturnDraft r -> {
                n.put("submissionId", r.submissionId());
                n.put("note", r.note());
            }
        }
        return n;
    }

    static String toJson(OfficerAction action) {
        return toTree(action).toString();
    }

    static OfficerAction fromJson(String json) {
        try {
            return fromTree(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
    }

    static OfficerAction fromTree(JsonNode n) {
        ActionType type;
        try {
            type = ActionType.valueOf(n.path("type").asText());
        } catch (IllegalArgumentException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
        return switch (type) {
            case RESPOND -> new Respond(text(n, "text"), shas(n));
            // A row queued before issue 20 names one unit and a note; it stays that one-unit disposition.
            case DISPOSE -> n.has("units") ? new Dispose(units(n)) : new Dispose(text(n, "unitId"), n.path("note").asText(""));
            case NOT_AUTHORIZED -> new NotAuthorized(text(n, "reason"),
                    n.hasNonNull("suggestedAgencyId") ? Optional.of(n.get("suggestedAgencyId").asText()) : Optional.empty());
            case REQUEST_INFO -> new RequestInfo(text(n, "question"));
            case COMPLETE -> new Complete(text(n, "text"), shas(n));
            case NOTE -> new Note(text(n, "text"));
            case CREATE -> IntakeCodec.read(n);
            case UNIT_REPLY -> new UnitReply(text(n, "unitId"), text(n, "text"), shas(n), text(n, "answeredBy"),
                    instant(text(n, "answeredAt")));
            case UNIT_REMIND -> new UnitRemind(text(n, "unitId"), n.path("note").asText(""));
            case UNIT_WITHDRAW -> new UnitWithdraw(text(n, "unitId"), text(n, "reason"));
            case SET_TIER -> new SetTier(CompletionTier.parse(text(n, "tier"))
                    .orElseThrow(() -> new DamagedStoreException("store.error.badAction", null)));
            case EXTEND -> new Extend(text(n, "reason"));
            case LINK -> new Link(text(n, "relatedTrackingId"), relation(text(n, "relation")));
            case UNLINK -> new Unlink(text(n, "relatedTrackingId"));
            case SUBMIT_REVIEW -> new SubmitReview(answerType(text(n, "answerType")), text(n, "text"), shas(n),
                    n.hasNonNull("suggestedAgencyId") ? Optional.of(n.get("suggestedAgencyId").asText()) : Optional.empty());
            case APPROVE -> new Approve(text(n, "submissionId"));
            case RETURN -> new ReturnDraft(text(n, "submissionId"), text(n, "note"));
        };
    }

    private static ActionType answerType(String name) {
        try {
            return ActionType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
    }

    private static LinkRelation relation(String name) {
        try {
            return LinkRelation.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
    }

    private static List<UnitOrder> units(JsonNode n) {
        List<UnitOrder> out = new ArrayList<>();
        for (JsonNode u : n.path("units")) {
            out.add(new UnitOrder(text(u, "unitId"), u.path("instruction").asText(""),
                    u.hasNonNull("dueDate") ? Optional.of(date(u.get("dueDate").asText())) : Optional.empty()));
        }
        if (out.isEmpty()) {
            throw new DamagedStoreException("store.error.badAction", null);
        }
        return out;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new DamagedStoreException("store.error.badAction", null);
        }
        return v.asText();
    }

    static void shas(ObjectNode n, List<String> shas) {
        ArrayNode a = n.putArray("attachmentShas");
        shas.forEach(a::add);
    }

    static List<String> shas(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.path("attachmentShas").forEach(s -> out.add(s.asText()));
        return out;
    }
}
