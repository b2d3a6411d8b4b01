package id.penghubung.model;

import id.penghubung.model.calendar.WorkingCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A complaint passed back and forth between institutions (issue 17): its path of institutions —
 * the first disposal, then each redirect — returns to one it had left. The working days lost are
 * those from the first arrival at the institution it came back to until its last arrival there
 * (the longest such span when several came back), counted with the working-day calendar.
 *
 * <p>The chronology names the institutions: a DISPOSED event's text is the institution's name, a
 * REDIRECTED event's text starts with the new institution's name followed by {@code ": "} and the
 * reason (the training server and LAPOR! admin practice).
 */
public record RedirectLoop(String trackingId, List<String> path, Instant leftAt, Instant backAt, int workingDaysLost) {
    public RedirectLoop {
        path = List.copyOf(path);
    }

    /** The loop in this complaint's chronology, if its path of institutions returns to one. */
    public static Optional<RedirectLoop> of(Complaint c, WorkingCalendar calendar) {
        List<String> path = new ArrayList<>();
        List<Instant> arrivals = new ArrayList<>();
        for (Event e : c.events()) {
            String agency = switch (e.type()) {
                case DISPOSED -> path.isEmpty() ? e.text().strip() : null;
                case REDIRECTED -> {
                    int colon = e.text().indexOf(": ");
                    yield (colon < 0 ? e.text() : e.text().substring(0, colon)).strip();
                }
                default -> null;
            };
            if (agency != null && !agency.isEmpty() && (path.isEmpty() || !path.getLast().equals(agency))) {
                path.add(agency);
                arrivals.add(e.at());
            }
        }
        RedirectLoop best = null;
        for (int i = 0; i < path.size(); i++) {
            for (int j = path.size() - 1; j > i + 1; j--) {
                if (path.get(i).equals(path.get(j))) {
                    int lost = calendar.workingDaysBetween(arrivals.get(i), arrivals.get(j));
                    if (best == null || lost > best.workingDaysLost()) {
                        best = new RedirectLoop(c.trackingId().value(), path, arrivals.get(i), arrivals.get(j), lost);
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
