package id.penghubung.casefile;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Event;
import id.penghubung.model.UnitStep;
import id.penghubung.model.UnitTask;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Coordination with internal units (issue 20) in words, the same on the desk's chronology and in the
 * case file: which unit an event is about, its due date, who answered when and whether the unit met
 * its internal deadline. Everything from the bundles.
 */
public final class UnitStepText {
    private final Messages msg;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter day;
    private final ZoneId zone;

    public UnitStepText(Messages msg, DateTimeFormatter dateTime, DateTimeFormatter day, ZoneId zone) {
        this.msg = msg;
        this.dateTime = dateTime;
        this.day = day;
        this.zone = zone;
    }

    /** The line under a coordination event ("Dinas Kesehatan · tenggat unit 5 Mar 2026"); empty for other events. */
    public String eventLine(Event e, List<UnitTask> tasks) {
        if (e.unitStep().isEmpty()) {
            return "";
        }
        UnitStep s = e.unitStep().get();
        String due = s.dueDate().map(d -> msg.get("units.due", day.format(d))).orElse("");
        return switch (e.type()) {
            case DISPOSED_TO_UNIT -> join(s.unitName(), due);
            case UNIT_REPLIED -> {
                String answered = msg.get("units.answeredBy", s.answeredBy().orElse(e.actor().name()),
                        dateTime.format(s.answeredAt().orElse(e.at())));
                Optional<Boolean> met = tasks.stream().filter(t -> t.reply().map(r -> r.id().equals(e.id())).orElse(false))
                        .findFirst().flatMap(t -> t.metDeadline(zone));
                yield join(s.unitName(), answered, met.map(this::verdict).orElse(""));
            }
            default -> s.unitName();
        };
    }

    /** "tepat waktu" / "terlambat". */
    public String verdict(boolean met) {
        return msg.get(met ? "units.metDeadline" : "units.missedDeadline");
    }

    /** One task in a line: unit, disposed on, due, and how it ended (answered in time or late, withdrawn, still open). */
    public String taskLine(UnitTask t) {
        return join(t.unitName(), taskDetail(t));
    }

    /** The same without the unit's name (where the name stands beside it). */
    public String taskDetail(UnitTask t) {
        String disposed = msg.get("units.disposedAt", dateTime.format(t.disposition().at()));
        String due = t.dueDate().map(d -> msg.get("units.due", day.format(d))).orElse("");
        String state = switch (t.state()) {
            case ANSWERED -> join(msg.get("units.answeredAt", dateTime.format(t.answeredAt().orElseThrow())),
                    t.metDeadline(zone).map(this::verdict).orElse(""));
            case WITHDRAWN -> msg.get("units.withdrawnAt", dateTime.format(t.withdrawal().orElseThrow().at()));
            case OPEN -> msg.get("units.open");
        };
        return join(disposed, due, state);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(" \u00b7 ");
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }
}
