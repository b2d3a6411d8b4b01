package id.penghubung.sync;

import id.penghubung.protocol.ReferenceData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * "Now" by the server's clock when the server says it runs a training clock ({@code central --clock}):
 * the difference between the server's time and the desk's at the moment the reference data arrived,
 * applied to the desk's own clock, so the training time runs on. A real server's time is not
 * adopted (a few seconds of drift must not move deadlines): the desk keeps its own clock.
 */
public final class ServerClock {
    private volatile Duration offset = Duration.ZERO;
    private volatile boolean training;

    /** Takes the server's time from reference data fetched at {@code fetchedAt} (the desk's clock). */
    public void adopt(ReferenceData data, Instant fetchedAt) {
        if (data != null && data.serverTime() != null && Boolean.TRUE.equals(data.trainingClock())) {
            offset = Duration.between(fetchedAt, data.serverTime());
            training = true;
        } else {
            offset = Duration.ZERO;
            training = false;
        }
    }

    /** True while the server runs a training clock: the desk then says so ("Waktu latihan: …"). */
    public boolean training() {
        return training;
    }

    /** How far the server's training clock is from the desk's; empty for a real server. */
    public Optional<Duration> offset() {
        return training ? Optional.of(offset) : Optional.empty();
    }

    /** {@code base} moved by the server's offset, read each time (a later reference refresh moves it). */
    public Clock over(Clock base) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return base.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return over(base.withZone(zone));
            }

            @Override
            public Instant instant() {
                return base.instant().plus(offset);
            }
        };
    }
}
