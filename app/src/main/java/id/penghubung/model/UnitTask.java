package id.penghubung.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One disposition to an internal unit and what became of it (issue 20), read from the chronology:
 * the DISPOSED_TO_UNIT event, the reminders, and the UNIT_REPLIED or UNIT_WITHDRAWN event that closed
 * it. Dispositions without a unit step (made before issue 20) are not tasks.
 */
public record UnitTask(String unitId, String unitName, Event disposition, Optional<LocalDate> dueDate, List<Event> reminders,
        Optional<Event> reply, Optional<Event> withdrawal) {

    public enum State { OPEN, ANSWERED, WITHDRAWN }

    public UnitTask {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(disposition, "disposition");
        reminders = List.copyOf(reminders);
    }

    public State state() {
        return reply.isPresent() ? State.ANSWERED : withdrawal.isPresent() ? State.WITHDRAWN : State.OPEN;
    }

    public boolean isOpen() {
        return state() == State.OPEN;
    }

    /** When the unit answered: the time recorded for the answer, else the time it was recorded. */
    public Optional<Instant> answeredAt() {
        return reply.map(r -> r.unitStep().flatMap(UnitStep::answeredAt).orElse(r.at()));
    }

    /** Whether the unit answered within its due date (in the office's zone); empty while open, withdrawn or without a due date. */
    public Optional<Boolean> metDeadline(ZoneId zone) {
        if (dueDate.isEmpty() || answeredAt().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(!answeredAt().get().atZone(zone).toLocalDate().isAfter(dueDate.get()));
    }

    /** Open and past its due date on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate.map(today::isAfter).orElse(false);
    }

    /** Every unit task of a report, oldest disposition first. */
    public static List<UnitTask> of(Complaint complaint) {
        List<UnitTask> done = new ArrayList<>();
        Map<String, UnitTask> open = new LinkedHashMap<>();
        for (Event e : complaint.events()) {
            if (e.unitStep().isEmpty()) {
                continue;
            }
            UnitStep step = e.unitStep().get();
            UnitTask current = open.get(step.unitId());
            switch (e.type()) {
                case DISPOSED_TO_UNIT -> {
                    if (current != null) {
                        done.add(current);
                    }
                    open.put(step.unitId(), new UnitTask(step.unitId(), step.unitName(), e, step.dueDate(), List.of(),
                            Optional.empty(), Optional.empty()));
                }
                case UNIT_REMINDED -> {
                    if (current != null) {
                        List<Event> reminders = new ArrayList<>(current.reminders());
                        reminders.add(e);
                        open.put(step.unitId(), new UnitTask(current.unitId(), current.unitName(), current.disposition(),
                                current.dueDate(), reminders, Optional.empty(), Optional.empty()));
                    }
                }
                case UNIT_REPLIED, UNIT_WITHDRAWN -> {
                    if (current != null) {
                        boolean replied = e.type() == EventType.UNIT_REPLIED;
                        done.add(new UnitTask(current.unitId(), current.unitName(), current.disposition(), current.dueDate(),
                                current.reminders(), replied ? Optional.of(e) : Optional.empty(),
                                replied ? Optional.empty() : Optional.of(e)));
                        open.remove(step.unitId());
                    }
                }
                default -> {
                    // A unit step on another event type says nothing about a task.
                }
            }
        }
        done.addAll(open.values());
        done.sort((a, b) -> a.disposition().at().compareTo(b.disposition().at()));
        return List.copyOf(done);
    }

    /** The open tasks of a report. */
    public static List<UnitTask> open(Complaint complaint) {
        return of(complaint).stream().filter(UnitTask::isOpen).toList();
    }
}
