package id.penghubung.central;

import com.sun.net.httpserver.HttpExchange;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.Endpoints;
import id.penghubung.protocol.ErrorCodes;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request passes before it is served: a cap on requests at once per client address, a
 * deadline for the whole body to arrive (the body is read in full before the request takes one of
 * the in-flight slots), then a slot. A body still dripping at its deadline has its connection closed
 * (the reading virtual thread is interrupted, which closes the socket channel): slow clients can no
 * longer hold the slots real requests need.
 */
final class RequestGate implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);
    private static final String UPLOADS = Endpoints.ATTACHMENTS + "/";

    /** Reads the request body (or refuses the request with a {@link RequestException}) before a slot is taken. */
    interface BodyStage {
        void read(HttpExchange exchange) throws IOException;
    }

    /** Serves a request whose body has arrived, answering its own errors. */
    interface Route {
        void serve(HttpExchange exchange) throws IOException;
    }

    private final ServerLimits limits;
    private final long maxUploadBytes;
    private final BooleanSupplier closing;
    private final Semaphore inFlight;
    private final ConcurrentHashMap<String, Integer> perAddress = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "central-body-deadline");
        t.setDaemon(true);
        return t;
    });

    RequestGate(ServerLimits limits, long maxUploadBytes, BooleanSupplier closing) {
        this.limits = limits;
        this.maxUploadBytes = maxUploadBytes;
        this.closing = closing;
        this.inFlight = new Semaphore(limits.maxInFlight());
    }

    void handle(HttpExchange exchange, BodyStage body, Route route) throws IOException {
        String address = CentralServer.clientAddress(exchange);
        if (!enter(address)) {
            // Not even the body is read: the deadline closes the connection if it keeps dripping.
            Deadline deadline = arm(limits.bodyDeadline());
            try {
                refuse(exchange, new RequestException(429, new ApiError(ErrorCodes.RATE_LIMITED,
                        "Too many requests at once from your address", Map.of()), Map.of("Retry-After", "1")));
            } finally {
                deadline.disarm();
            }
            return;
        }
        try {
            if (closing.getAsBoolean()) {
                refuse(exchange, unavailable("Server is shutting down"));
                return;
            }
            if (!readInTime(exchange, body)) {
                return;
            }
            if (!inFlight.tryAcquire()) {
                Exchanges.sendError(exchange, unavailable("Server is busy"));
                return;
            }
            try {
                route.serve(exchange);
            } finally {
                inFlight.release();
            }
        } finally {
            leave(address);
            RequestBodies.discard(exchange);
            exchange.close();
        }
    }

    /** True when the body is in; false when the request was answered (refused) already. */
    private boolean readInTime(HttpExchange exchange, BodyStage body) throws IOException {
        Deadline deadline = arm(deadlineFor(exchange));
        try {
            body.read(exchange);
        } catch (RequestException e) {
            try {
                refuse(exchange, e);
            } finally {
                deadline.disarm();
            }
            return false;
        } catch (IOException e) {
            boolean late = !deadline.disarm();
            throw late ? new IOException("request body not in within its deadline", e) : e;
        }
        if (!deadline.disarm()) {
            throw new IOException("request body not in within its deadline");
        }
        return true;
    }

    /** Answers and closes the connection (the rest of the body, if any, is not wanted). */
    private static void refuse(HttpExchange exchange, RequestException e) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        Exchanges.sendError(exchange, e);
        exchange.close();
    }

    static RequestException unavailable(String message) {
        return new RequestException(503, new ApiError(ErrorCodes.UNAVAILABLE, message, Map.of()), Map.of("Retry-After", "1"));
    }

    /** The body deadline; an upload gets more, by its declared size (the maximum when undeclared). */
    Duration deadlineFor(HttpExchange exchange) {
        if (!exchange.getRequestMethod().equals("PUT") || !exchange.getRequestURI().getRawPath().startsWith(UPLOADS)) {
            return limits.bodyDeadline();
        }
        long length = maxUploadBytes;
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                length = Math.min(Math.max(0, Long.parseLong(declared.strip())), maxUploadBytes);
            } catch (NumberFormatException e) {
                LOG.debug("bad Content-Length {}", declared);
            }
        }
        return limits.bodyDeadline().plusMillis(length * 1000 / limits.uploadBytesPerSecond());
    }

    private boolean enter(String address) {
        boolean[] entered = {false};
        perAddress.compute(address, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= limits.maxPerAddress()) {
                return n;
            }
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    private void leave(String address) {
        perAddress.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
    }

    private Deadline arm(Duration after) {
        Deadline deadline = new Deadline(Thread.currentThread());
        deadline.future = timer.schedule(deadline::fire, after.toMillis(), TimeUnit.MILLISECONDS);
        return deadline;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** Interrupts its thread (closing the socket it reads) unless disarmed first. */
    private static final class Deadline {
        private final Thread thread;
        private volatile ScheduledFuture<?> future;
        private boolean done;
        private boolean fired;

        Deadline(Thread thread) {
            this.thread = thread;
        }

        synchronized void fire() {
            if (!done) {
                fired = true;
                thread.interrupt();
            }
        }

        /** True when disarmed in time; false when it fired (the interrupt is then cleared from this thread). */
        boolean disarm() {
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
            synchronized (this) {
                done = true;
                if (!fired) {
                    return true;
                }
            }
            Thread.interrupted();
            return false;
        }
    }
}
