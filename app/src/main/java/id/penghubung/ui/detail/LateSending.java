package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A follow-up written before its deadline but still unsent after it: LAPOR! counts the time it is
 * posted, not the time it was written (kept in the outbox as {@code createdAt}), so the officer is
 * told that it will count as late — on the queued row and when it is sent.
 */
public final class LateSending {
    /** The actions whose posting stops the follow-up clock (DeadlineCalculator's FOLLOW_UP stops). */
    private static final Set<ActionType> FOLLOW_UPS = EnumSet.of(ActionType.RESPOND, ActionType.COMPLETE,
            ActionType.NOT_AUTHORIZED);

    private LateSending() {
    }

    /** The running follow-up clock's due instant (exclusive) when {@code e} was written before it and is sent after. */
    public static Optional<Instant> missedBy(OutboxEntry e, List<Deadline> clocks, Instant now) {
        if (e.state() == OutboxState.APPLIED || !FOLLOW_UPS.contains(e.action().type())) {
            return Optional.empty();
        }
        return clocks.stream().filter(d -> d.kind() == DeadlineKind.FOLLOW_UP && d.state() == DeadlineState.RUNNING)
                .flatMap(d -> d.dueAt().stream())
                .filter(due -> e.createdAt().isBefore(due) && !now.isBefore(due))
                .findFirst();
    }

    /** The warning for a queued row, or "" when the action is not late this way. */
    public static String warning(OutboxEntry e, List<Deadline> clocks, Instant now, Messages messages,
            DateTimeFormatter dateTime) {
        return missedBy(e, clocks, now).map(due -> messages.get("ui.outbox.lateSending",
                dateTime.format(e.createdAt()), lastDay(due, messages, dateTime))).orElse("");
    }

    /** The last day of the deadline (its due instant is the exclusive midnight after it). */
    static String lastDay(Instant due, Messages messages, DateTimeFormatter dateTime) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())
                .withZone(dateTime.getZone()).format(due.minusMillis(1));
    }
}
