package id.penghubung.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange with the central server and what its failures mean: an error status becomes an
 * {@link ApiException}, an answer past its bounds an {@link AnswerRefusedException}, the call's deadline
 * and any I/O or parse failure a {@link TransportException}. Counts requests and tells whether the
 * server was reached. Logs methods, paths, statuses and timings only.
 */
final class ServerExchanges {
    private static final Logger LOG = LoggerFactory.getLogger(ServerExchanges.class);

    /** Reads what it needs from a successful answer. */
    @FunctionalInterface
    interface Handler<T> {
        T handle(Response response) throws IOException;
    }

    private final OkHttpClient http;
    private final ObjectMapper json;
    private final BodyLimits limits;
    private final Consumer<Boolean> reachability;
    private final AtomicLong requests = new AtomicLong();

    ServerExchanges(OkHttpClient http, ObjectMapper json, BodyLimits limits, Consumer<Boolean> reachability) {
        this.http = Objects.requireNonNull(http);
        this.json = Objects.requireNonNull(json);
        this.limits = Objects.requireNonNull(limits);
        this.reachability = Objects.requireNonNull(reachability);
    }

    long requestCount() {
        return requests.get();
    }

    <T> T readJson(Request request, Class<T> type, long maxBytes) {
        return exchange(request, response -> readBody(response, type, maxBytes));
    }

    <T> T readBody(Response response, Class<T> type, long maxBytes) throws IOException {
        try (InputStream in = bounded(response, maxBytes, "An answer")) {
            return json.readValue(in, type);
        }
    }

    /** The answer's (decompressed) body, refused past {@code maxBytes}; a length announced above it is refused unread. */
    static InputStream bounded(Response response, long maxBytes, String what) throws IOException {
        ResponseBody body = response.body();
        if (body.contentLength() > maxBytes && response.header("Content-Encoding") == null) {
            throw new BoundedInputStream.LimitExceeded(what, maxBytes);
        }
        return new BoundedInputStream(body.byteStream(), maxBytes, what);
    }

    /** One exchange; a failure of any kind comes out as a {@link CentralException}. */
    <T> T exchange(Request request, Handler<T> handler) {
        long started = System.nanoTime();
        Call call = http.newCall(request);
        Response response = execute(call);
        try {
            if (!response.isSuccessful()) {
                ApiException error = ErrorAnswers.error(response, json, limits.smallBytes());
                call.cancel(); // the rest of an error body is not wanted: no reading it to reuse the connection
                throw error;
            }
            T result = handler.handle(response);
            LOG.debug("{} {} -> {} in {} ms", request.method(), request.url().encodedPath(), response.code(),
                    (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (IOException | RuntimeException e) {
            CentralException failure = failure(request, call, started, e);
            if (failure instanceof AnswerRefusedException) {
                // Closing would first read on (up to 100 ms) to keep the connection: drop it instead.
                call.cancel();
            }
            throw failure;
        } finally {
            response.close();
        }
    }

    private CentralException failure(Request request, Call call, long started, Exception e) {
        if (e instanceof CentralException central) {
            return central;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        BoundedInputStream.LimitExceeded exceeded = BoundedInputStream.findIn(e);
        if (exceeded != null) {
            LOG.warn("{} {} refused after {} ms: {}", request.method(), request.url().encodedPath(), millis, exceeded.getMessage());
            return new AnswerRefusedException(AnswerRefusedException.Reason.TOO_LARGE,
                    exceeded.what + " from the server is larger than the " + exceeded.limit + " bytes allowed");
        }
        if (call.isCanceled()) {
            LOG.info("{} {} ran into its deadline after {} ms", request.method(), request.url().encodedPath(), millis);
            return new TransportException("The server did not finish its answer within " + millis / 1000 + " s", e, true);
        }
        if (e instanceof IOException) {
            // A dropped connection, a truncated or malformed body: the exchange did not happen as far as we know.
            LOG.info("{} {} failed after {} ms: {}", request.method(), request.url().encodedPath(), millis, e.getClass().getSimpleName());
            return new TransportException("The answer from the server broke off: " + e.getClass().getSimpleName(), e);
        }
        // Jackson wraps some problems (e.g. a value the record refuses) as runtime errors.
        return new TransportException("The server's answer could not be read", e);
    }

    /** The answer, whatever its status (the caller closes it). */
    Response call(Request request) {
        return execute(http.newCall(request));
    }

    private Response execute(Call call) {
        requests.incrementAndGet();
        try {
            Response response = call.execute();
            reachability.accept(true);
            return response;
        } catch (IOException e) {
            reachability.accept(false);
            throw new TransportException("The server could not be reached: " + e.getClass().getSimpleName(), e, call.isCanceled());
        }
    }
}
