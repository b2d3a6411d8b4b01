package id.penghubung.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Online or offline, judged by the last exchange with the server (any HTTP answer = online) and,
 * when nothing else is talking, by a cheap probe. Listeners hear each change of state, e.g. the
 * {@link AutoSync} that syncs when the connection returns.
 */
public final class Connectivity {
    /** The current judgement and when it was made. */
    public record State(boolean online, Instant since) {
    }

    private final Clock clock;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state;

    public Connectivity(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.state = new State(false, clock.instant());
    }

    public Connectivity() {
        this(Clock.systemUTC());
    }

    public boolean online() {
        return state.online();
    }

    public State state() {
        return state;
    }

    /** Wired into the client ({@code OkHttpCentralApi.Builder#reachability}); thread-safe. */
    public void record(boolean reached) {
        State changed = null;
        synchronized (this) {
            if (state.online() != reached) {
                state = new State(reached, clock.instant());
                changed = state;
            }
        }
        if (changed != null) {
            State event = changed;
            listeners.forEach(l -> l.accept(event));
        }
    }

    /** Probes the server now; the answer is recorded through the client's reachability hook and returned. */
    public boolean probe(CentralApi api) {
        try {
            api.probe();
            record(true);
        } catch (CentralException e) {
            record(false);
        }
        return online();
    }

    public Runnable onChange(Consumer<State> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /** When offline, since when. */
    public Optional<Instant> offlineSince() {
        State s = state;
        return s.online() ? Optional.empty() : Optional.of(s.since());
    }
}
