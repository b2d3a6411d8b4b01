package id.penghubung.central;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A training server's clock set on purpose ({@code central --clock 2027-03-08T10:00+07:00}): it
 * starts at that moment and runs on from it, so training rehearses Lebaran 2027 or a year end. The
 * reference data says so ({@code trainingClock}), so a desk can say it counts by it.
 */
public final class TrainingClock extends Clock {
    private final Clock base;
    private final Duration offset;

    private TrainingClock(Clock base, Duration offset) {
        this.base = base;
        this.offset = offset;
    }

    /** A clock that reads {@code start} now (by {@code base}) and runs on with it. */
    public static TrainingClock startingAt(OffsetDateTime start, Clock base) {
        return new TrainingClock(base, Duration.between(base.instant(), start.toInstant()));
    }

    public static TrainingClock startingAt(OffsetDateTime start) {
        return startingAt(start, Clock.systemUTC());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
