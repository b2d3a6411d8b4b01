package id.penghubung.model.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every clock of one report at one moment, in {@link DeadlineKind} order. */
public record DeadlineSummary(List<Deadline> deadlines) {
    public DeadlineSummary {
        deadlines = deadlines.stream().sorted(Comparator.comparing(Deadline::kind)).toList();
    }

    public Optional<Deadline> of(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst();
    }

    /** The running clock due first (an overdue one, if any, comes first). */
    public Optional<Deadline> mostUrgent() {
        return running().min(Comparator.comparing(d -> d.dueAt().orElseThrow()));
    }

    /** The earliest due instant among running clocks: what the store indexes to find due and late reports. */
    public Optional<Instant> nextDueAt() {
        return mostUrgent().flatMap(Deadline::dueAt);
    }

    /** Whether some running clock's due instant has come ({@code nextDueAt() <= now}). */
    public boolean isOverdue(Instant now) {
        return nextDueAt().filter(due -> !now.isBefore(due)).isPresent();
    }

    /** Whether some clock stopped after its due: the report was handled late at some step. */
    public boolean hasMissed() {
        return deadlines.stream().anyMatch(d -> d.state() == DeadlineState.MISSED);
    }

    private Stream<Deadline> running() {
        return deadlines.stream().filter(d -> d.state() == DeadlineState.RUNNING && d.dueAt().isPresent());
    }
}
