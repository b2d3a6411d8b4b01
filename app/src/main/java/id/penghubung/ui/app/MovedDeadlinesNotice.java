package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.model.sla.MovedDeadline;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The notice after the server's new calendar or policy moved deadlines (issue 22): how many, and for
 * the first few the tracking number, which deadline, and the old and new due day; the rest counted.
 * Like every notice it names complaints by tracking number only (it shows on a shared screen).
 */
public final class MovedDeadlinesNotice {
    private MovedDeadlinesNotice() {
    }

    /** The notice for {@code moved}; empty when nothing moved. */
    public static Optional<Notices.Notice> of(Messages messages, List<MovedDeadline> moved) {
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        String shown = moved.stream().limit(Notices.SHOWN_IDS)
                .map(m -> messages.get("ui.notify.movedItem", m.trackingId(), messages.label(m.kind()), day.format(m.before()),
                        day.format(m.after())))
                .collect(Collectors.joining("; "));
        String text = messages.get("ui.notify.moved", moved.size(), shown);
        if (moved.size() > Notices.SHOWN_IDS) {
            text = text + " " + messages.get("ui.notify.movedMore", moved.size() - Notices.SHOWN_IDS);
        }
        return Optional.of(new Notices.Notice(messages.get("ui.notify.movedTitle"), text));
    }
}
