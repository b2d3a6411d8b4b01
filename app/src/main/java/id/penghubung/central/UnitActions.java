package id.penghubung.central;

import id.penghubung.model.ActionType;
import id.penghubung.model.EventType;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireUnitOrder;
import id.penghubung.protocol.WireUnitStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Coordination inside the agency (issue 20): DISPOSE to one or more internal units, each with an
 * instruction and a unit due date (the agency's policy, {@link AgencyPolicies}), and the unit's
 * answer, a reminder, a withdrawal. A unit has at most one open disposition: opened by
 * DISPOSED_TO_UNIT, closed by UNIT_REPLIED or UNIT_WITHDRAWN. Older DISPOSED_TO_UNIT events
 * without a {@link WireUnitStep} are history only and open nothing.
 */
final class UnitActions {
    static final int MAX_UNITS = 20;
    static final int MAX_NAME = 1_000;
    /** How far a unit's answer time may lie ahead of the server clock (a client's clock drifts). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Set<ActionType> TYPES = EnumSet.of(ActionType.DISPOSE, ActionType.UNIT_REPLY, ActionType.UNIT_REMIND,
            ActionType.UNIT_WITHDRAW);
    static final Set<EventType> EVENTS = EnumSet.of(EventType.DISPOSED_TO_UNIT, EventType.UNIT_REPLIED,
            EventType.UNIT_REMINDED, EventType.UNIT_WITHDRAWN);

    private final WorkingCalendar calendar;

    UnitActions(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    static boolean handles(ActionType type) {
        return TYPES.contains(type);
    }

    /** The units of a DISPOSE: the {@code units} list, or the older single-unit form as one unit without a due date. */
    static List<WireUnitOrder> orders(WireAction a) {
        if (a.units() != null) {
            return a.units();
        }
        return a.unitId() == null ? List.of() : List.of(new WireUnitOrder(a.unitId(), a.note(), null));
    }

    /** The open disposition of each unit, by unit id, in the order they were made. */
    static Map<String, WireEvent> open(WireComplaint w) {
        Map<String, WireEvent> open = new LinkedHashMap<>();
        for (WireEvent e : w.events()) {
            if (e.unitStep() == null) {
                continue;
            }
            switch (e.knownType()) {
                case DISPOSED_TO_UNIT -> open.put(e.unitStep().unitId(), e);
                case UNIT_REPLIED, UNIT_WITHDRAWN -> open.remove(e.unitStep().unitId());
                default -> {
                    // A reminder leaves the disposition open.
                }
            }
        }
        return open;
    }

    /** Whether a viewer sees this event: a unit's coordination is its agency's, the Ombudsman's and the admin's. */
    static boolean visibleTo(WireEvent e, Principal p) {
        if (e.unitStep() == null || !EVENTS.contains(e.knownType()) || !p.role().actsForAgency()) {
            return true;
        }
        Optional<String> agency = Catalog.unit(e.unitStep().unitId()).map(Catalog.Unit::agencyId);
        return agency.isEmpty() || agency.equals(p.agencyId());
    }

    /** The payload checks of the coordination actions, into {@code f} (field to message). */
    void validate(Map<String, String> f, WireAction a, ComplaintRecord record, Instant now) {
        String agency = record.agencyId().orElse("");
        Map<String, WireEvent> open = open(record.wire());
        switch (a.type()) {
            case DISPOSE -> validateDispose(f, a, agency, open, now);
            case UNIT_REPLY -> {
                // Not checked against the disposition's time: an officer offline records a disposition and
                // the unit's answer before either reaches the server, which dates the disposition on arrival.
                needsOpen(f, a, open);
                name(f, "answeredBy", a.answeredBy());
                if (a.answeredAt() == null) {
                    f.put("answeredAt", "required");
                } else if (a.answeredAt().isAfter(now.plus(CLOCK_SKEW))) {
                    f.put("answeredAt", "in the future");
                }
            }
            case UNIT_REMIND -> {
                needsOpen(f, a, open);
                if (a.note() != null && a.note().length() > ActionService.MAX_TEXT) {
                    f.put("note", "at most " + ActionService.MAX_TEXT + " characters");
                }
            }
            case UNIT_WITHDRAW -> {
                needsOpen(f, a, open);
                if (a.reason() == null || a.reason().isBlank()) {
                    f.put("reason", "required, not empty");
                } else if (a.reason().length() > ActionService.MAX_TEXT) {
                    f.put("reason", "at most " + ActionService.MAX_TEXT + " characters");
                }
            }
            default -> throw new IllegalArgumentException(a.type().name());
        }
    }

    private void validateDispose(Map<String, String> f, WireAction a, String agency, Map<String, WireEvent> open, Instant now) {
        if (a.units() != null && (a.unitId() != null || a.note() != null)) {
            f.put("units", "either units or the older unitId and note, not both");
            return;
        }
        List<WireUnitOrder> orders = orders(a);
        if (orders.isEmpty()) {
            f.put(a.units() != null ? "units" : "unitId", "required");
            return;
        }
        if (orders.size() > MAX_UNITS) {
            f.put("units", "at most " + MAX_UNITS);
            return;
        }
        LocalDate today = calendar.localDate(now);
        LocalDate latest = calendar.addWorkingDays(today, AgencyPolicies.of(agency).unitDueWorkingDays());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < orders.size(); i++) {
            WireUnitOrder o = orders.get(i);
            String at = a.units() != null ? "units[" + i + "]." : "";
            String idField = a.units() != null ? at + "unitId" : "unitId";
            if (o == null) {
                f.put("units[" + i + "]", "required");
                continue;
            }
            Optional<Catalog.Unit> unit = Catalog.unit(o.unitId());
            if (o.unitId() == null || o.unitId().isBlank()) {
                f.put(idField, "required");
            } else if (unit.isEmpty() || !agency.equals(unit.get().agencyId())) {
                f.put(idField, "not a unit of the complaint's agency");
            } else if (!seen.add(o.unitId())) {
                f.put(idField, "named twice");
            } else if (open.containsKey(o.unitId())) {
                f.put(idField, "already waiting for this unit's answer");
            }
            if (o.instruction() != null && o.instruction().length() > ActionService.MAX_TEXT) {
                f.put(a.units() != null ? at + "instruction" : "note", "at most " + ActionService.MAX_TEXT + " characters");
            }
            if (o.dueDate() != null && o.dueDate().isBefore(today)) {
                f.put(at + "dueDate", "before today");
            } else if (o.dueDate() != null && o.dueDate().isAfter(latest)) {
                f.put(at + "dueDate", "later than the agency's policy allows (" + latest + ")");
            }
        }
    }

    private static void needsOpen(Map<String, String> f, WireAction a, Map<String, WireEvent> open) {
        if (a.unitId() == null || a.unitId().isBlank()) {
            f.put("unitId", "required");
            return;
        }
        if (!open.containsKey(a.unitId())) {
            f.put("unitId", "no open disposition to this unit");
        }
    }

    private static void name(Map<String, String> f, String field, String value) {
        if (value == null || value.isBlank()) {
            f.put(field, "required, not empty");
        } else if (value.length() > MAX_NAME) {
            f.put(field, "at most " + MAX_NAME + " characters");
        }
    }

    /** The events a valid coordination action adds: one per unit for a DISPOSE, one otherwise. */
    List<WireEvent> events(WireAction a, ComplaintRecord record, WireActor actor, Instant now, List<WireAttachment> files) {
        if (a.type() == ActionType.DISPOSE) {
            LocalDate latest = calendar.addWorkingDays(calendar.localDate(now),
                    AgencyPolicies.of(record.agencyId().orElse("")).unitDueWorkingDays());
            List<WireUnitOrder> orders = orders(a);
            List<WireEvent> out = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                WireUnitOrder o = orders.get(i);
                Catalog.Unit unit = Catalog.unit(o.unitId()).orElseThrow();
                LocalDate due = o.dueDate() != null ? o.dueDate() : latest;
                // The first unit's event keeps the action's ID, as a single-unit disposition always had.
                String id = i == 0 ? a.actionId() : a.actionId() + "-" + (i + 1);
                out.add(new WireEvent(id, EventType.DISPOSED_TO_UNIT, now, actor, o.instruction() == null ? "" : o.instruction(),
                        List.of(), new WireUnitStep(unit.id(), unit.name(), due, null, null)));
            }
            return out;
        }
        WireUnitStep opened = open(record.wire()).get(a.unitId()).unitStep();
        return List.of(switch (a.type()) {
            case UNIT_REPLY -> new WireEvent(a.actionId(), EventType.UNIT_REPLIED, now, actor, a.text(), files,
                    new WireUnitStep(opened.unitId(), opened.unitName(), opened.dueDate(), a.answeredBy().strip(), a.answeredAt()));
            case UNIT_REMIND -> new WireEvent(a.actionId(), EventType.UNIT_REMINDED, now, actor, a.note() == null ? "" : a.note(),
                    List.of(), opened);
            case UNIT_WITHDRAW -> new WireEvent(a.actionId(), EventType.UNIT_WITHDRAWN, now, actor, a.reason(), List.of(), opened);
            default -> throw new IllegalArgumentException(a.type().name());
        });
    }

    /** The unit the complaint names after a DISPOSE: the first unit of the list (as the older single-unit form did). */
    static Optional<Catalog.Unit> firstUnit(WireAction a) {
        return orders(a).stream().findFirst().flatMap(o -> Catalog.unit(o.unitId()));
    }
}
