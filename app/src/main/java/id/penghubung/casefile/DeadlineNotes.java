package id.penghubung.casefile;

import id.penghubung.model.calendar.CalendarDoubt;
import id.penghubung.model.sla.DayCounting;
import id.penghubung.model.sla.DeadlineBasis;
import id.penghubung.model.sla.MessageRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The case file's words for what a deadline rests on (issue 22): the rule and its origin, the tier,
 * the Permintaan Informasi's extension, pauses while the admin held the complaint, and each reason
 * the calendar may still move the date.
 */
final class DeadlineNotes {
    /** At most this many calendar doubts are printed per deadline; the rest are counted. */
    private static final int MAX_DOUBTS = 3;

    private DeadlineNotes() {
    }

    static List<MessageRef> of(DeadlineBasis b) {
        List<MessageRef> notes = new ArrayList<>();
        notes.add(MessageRef.of(b.rule().counting() == DayCounting.WORKING_DAYS ? "casefile.rule.WORKING_DAYS"
                : "casefile.rule.CALENDAR_DAYS", b.rule().amount(), b.origin()));
        if (b.informationRequest()) {
            notes.add(MessageRef.of(b.extended() ? "casefile.rule.informationExtended" : "casefile.rule.information"));
        }
        b.tier().ifPresent(t -> notes.add(MessageRef.of(b.defaultTier() ? "casefile.rule.tierDefault" : "casefile.rule.tier", t)));
        if (b.heldNow()) {
            notes.add(MessageRef.of("casefile.rule.heldNow"));
        } else if (b.pausedDays() > 0) {
            notes.add(MessageRef.of("casefile.rule.paused", b.pausedDays()));
        } else {
            notes.add(MessageRef.of("casefile.rule.notPaused"));
        }
        Set<String> seen = new LinkedHashSet<>();
        List<MessageRef> doubts = new ArrayList<>();
        for (CalendarDoubt d : b.doubts()) {
            String name = d.holidayName().orElse("");
            if (seen.add(d.reason() + "|" + d.year() + "|" + name)) {
                doubts.add(MessageRef.of(doubtKey(d.reason()), String.valueOf(d.year()), name));
            }
        }
        notes.addAll(doubts.subList(0, Math.min(MAX_DOUBTS, doubts.size())));
        if (doubts.size() > MAX_DOUBTS) {
            notes.add(MessageRef.of("casefile.rule.doubt.more", doubts.size() - MAX_DOUBTS));
        }
        return notes;
    }

    private static String doubtKey(CalendarDoubt.Reason reason) {
        return switch (reason) {
            case ESTIMATED_HOLIDAY -> "casefile.rule.doubt.ESTIMATED_HOLIDAY";
            case CUTI_BERSAMA_NOT_DECREED -> "casefile.rule.doubt.CUTI_BERSAMA_NOT_DECREED";
            case OUTSIDE_TABLE -> "casefile.rule.doubt.OUTSIDE_TABLE";
        };
    }
}
