package id.penghubung.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.ActionsRequest;
import id.penghubung.protocol.ActionsResponse;
import id.penghubung.protocol.Endpoints;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.LoginRequest;
import id.penghubung.protocol.LoginResponse;
import id.penghubung.protocol.ProvinceIndicators;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.RefreshRequest;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.CertificatePinner;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CentralApi} over OkHttp. Tokens live only in memory; a 401 triggers one refresh and one
 * retry, then {@link AuthenticationRequired}. Pages of changes are parsed with Jackson's streaming
 * parser straight off the response stream. Logs carry methods, paths, statuses and timings only:
 * never tokens, passwords or complaint content.
 */
public final class OkHttpCentralApi implements CentralApi {
    private static final Logger LOG = LoggerFactory.getLogger(OkHttpCentralApi.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final URI server;
    private final HttpUrl base;
    private final OkHttpClient http;
    private final ObjectMapper json = Json.lenient();
    /** Reads one item inside the page's array: the rest of the page is not "trailing" there. */
    private final PageParser pages = new PageParser(json.readerFor(WireComplaint.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    private final BodyLimits limits;
    private final AtomicReference<Tokens> tokens = new AtomicReference<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();
    /** The name of an attached file by its hash, sent with its upload ({@link #nameUploadsBy}). */
    private volatile Function<String, Optional<String>> fileNames = sha -> Optional.empty();
    private final Consumer<Boolean> reachability;
    private final Object refreshLock = new Object();

    /** The token pair; toString never shows them. */
    private record Tokens(String access, String refresh) {
        @Override
        public String toString() {
            return "Tokens[***]";
        }
    }

    private OkHttpCentralApi(Builder builder) {
        this.server = builder.server;
        this.base = Objects.requireNonNull(HttpUrl.get(builder.server.toString()), "server");
        this.reachability = builder.reachability;
        this.limits = Objects.requireNonNull(builder.limits, "limits");
        OkHttpClient.Builder http = new OkHttpClient.Builder();
        // No hostname-verifier or trust-all override exists anywhere: a certificate error is final.
        if (!builder.pins.isEmpty()) {
            http.certificatePinner(new CertificatePinner.Builder()
                    .add(builder.server.getHost(), builder.pins.toArray(String[]::new)).build());
        }
        if (builder.testSockets != null) {
            http.sslSocketFactory(builder.testSockets, builder.testTrust);
        }
        this.http = http
                .connectTimeout(builder.connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(builder.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(builder.writeTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // One deadline for the whole exchange, body included: a server dripping a byte every
                // few seconds never trips the read timeout, but it does trip this.
                .callTimeout(builder.callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // Our own retry logic decides (with back-off and idempotency keys); OkHttp must not resend silently.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .eventListener(new EventListener() {
                    @Override
                    public void responseBodyEnd(Call call, long byteCount) {
                        bytesReceived.addAndGet(byteCount);
                    }
                })
                .build();
    }

    public static Builder builder(String server) {
        return new Builder(checkedServer(server));
    }

    public static OkHttpCentralApi create(String server) {
        return builder(server).build();
    }

    /** The settings of a client; defaults suit a slow provincial link. */
    public static final class Builder {
        private final URI server;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofMinutes(5);
        private BodyLimits limits = BodyLimits.standard();
        private Consumer<Boolean> reachability = reached -> { };
        private List<String> pins = List.of();
        private SSLSocketFactory testSockets;
        private X509TrustManager testTrust;

        private Builder(URI server) {
            this.server = server;
        }

        /**
         * Optional certificate pins ({@code sha256/<base64>}, OkHttp's format) for an agency's own
         * gateway: the connection then also needs one of these public keys in the chain. Normal CA
         * validation still applies; pins only narrow it.
         */
        public Builder certificatePins(List<String> pins) {
            this.pins = List.copyOf(pins);
            return this;
        }

        /** Tests only: trust a test CA (the loopback HTTPS server's self-signed certificate). */
        Builder trustForTests(SSLSocketFactory sockets, X509TrustManager trust) {
            this.testSockets = sockets;
            this.testTrust = trust;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = timeout;
            return this;
        }

        /** The deadline of one whole call, answer included (default 5 minutes). */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        /** How much of an answer is read at most (default {@link BodyLimits#standard()}). */
        public Builder bodyLimits(BodyLimits limits) {
            this.limits = limits;
            return this;
        }

        /** Told after every exchange whether the server was reached (any HTTP answer) or not. */
        public Builder reachability(Consumer<Boolean> listener) {
            this.reachability = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public OkHttpCentralApi build() {
            return new OkHttpCentralApi(this);
        }
    }

    /** Accepts https, and http only to loopback (127.0.0.0/8, ::1, localhost). */
    static URI checkedServer(String server) {
        return ServerAddress.checked(server);
    }

    @Override
    public URI server() {
        return server;
    }

    @Override
    public long requestCount() {
        return requests.get();
    }

    @Override
    public long bytesReceived() {
        return bytesReceived.get();
    }

    @Override
    public LoginResponse login(String username, char[] password) {
        Request request = post(Endpoints.LOGIN, new LoginRequest(username, new String(password)));
        LoginResponse answer = readJson(request, LoginResponse.class, limits.smallBytes());
        tokens.set(new Tokens(answer.accessToken(), answer.refreshToken()));
        LOG.info("Signed in to {} as {}", server.getHost(), username);
        return answer;
    }

    @Override
    public boolean signedIn() {
        return tokens.get() != null;
    }

    @Override
    public void signOut() {
        tokens.set(null);
    }

    @Override
    public void changes(Optional<String> cursor, int limit, PageConsumer consumer) {
        HttpUrl.Builder url = url(Endpoints.CHANGES).newBuilder().addQueryParameter("limit", Integer.toString(limit));
        cursor.ifPresent(c -> url.addQueryParameter("cursor", c));
        Request request = new Request.Builder().url(url.build()).get().build();
        authorized(request, response -> {
            try (InputStream in = bounded(response, limits.pageBytes(), "A page of changes");
                    JsonParser parser = json.getFactory().createParser(in)) {
                pages.parse(parser, limit, consumer);
            }
            return null;
        });
    }

    @Override
    public List<ActionResult> pushActions(List<WireAction> batch) {
        ActionsResponse answer = authorizedJson(post(Endpoints.ACTIONS, new ActionsRequest(batch)), ActionsResponse.class,
                limits.pageBytes());
        if (answer.results() == null || answer.results().size() != batch.size()) {
            throw new TransportException("The server answered " + (answer.results() == null ? 0 : answer.results().size())
                    + " results for " + batch.size() + " actions", null);
        }
        return answer.results();
    }

    @Override
    public void uploadAttachment(String sha256, byte[] bytes, String mediaType) {
        upload(sha256, RequestBody.create(bytes, MediaType.get(mediaType)));
    }

    @Override
    public void uploadAttachment(String sha256, Path file, String mediaType) {
        upload(sha256, RequestBody.create(file.toFile(), MediaType.get(mediaType)));
    }

    @Override
    public void nameUploadsBy(Function<String, Optional<String>> names) {
        fileNames = Objects.requireNonNull(names, "names");
    }

    private void upload(String sha256, RequestBody body) {
        HttpUrl.Builder target = url(Endpoints.attachment(checkedSha(sha256))).newBuilder();
        fileNames.apply(sha256).ifPresent(name -> target.addQueryParameter("fileName", name));
        Request request = new Request.Builder().url(target.build()).put(body).build();
        authorized(request, response -> null);
    }

    @Override
    public long downloadAttachment(String sha256, long fromByte, long maxBytes, AttachmentSink sink) {
        if (maxBytes < 0 || fromByte > maxBytes) {
            throw new IllegalArgumentException("A download needs 0 <= fromByte <= maxBytes");
        }
        Request.Builder request = new Request.Builder().url(url(Endpoints.attachment(checkedSha(sha256)))).get();
        if (fromByte > 0) {
            request.header("Range", "bytes=" + fromByte + "-");
        }
        return authorized(request.build(), response -> BoundedDownload.write(response, sha256, fromByte, maxBytes, sink));
    }

    @Override
    public ReferenceData reference() {
        return authorizedJson(new Request.Builder().url(url(Endpoints.REFERENCE)).get().build(), ReferenceData.class,
                limits.answerBytes());
    }

    @Override
    public ProvinceIndicators provinceIndicators(LocalDate from, LocalDate to) {
        HttpUrl target = url(Endpoints.PROVINCE_INDICATORS).newBuilder().addQueryParameter("from", from.toString())
                .addQueryParameter("to", to.toString()).build();
        return authorizedJson(new Request.Builder().url(target).get().build(), ProvinceIndicators.class, limits.answerBytes());
    }

    @Override
    public void probe() {
        Request request = new Request.Builder().url(url(Endpoints.CHANGES).newBuilder().addQueryParameter("limit", "1").build())
                .head().build();
        try (Response ignored = call(request)) {
            // Any status, even 401, proves the server is there.
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    // --- plumbing -------------------------------------------------------------------------

    @FunctionalInterface
    private interface Handler<T> {
        T handle(Response response) throws IOException;
    }

    private <T> T authorizedJson(Request request, Class<T> type, long maxBytes) {
        return authorized(request, response -> readBody(response, type, maxBytes));
    }

    /** Sends with the access token; on 401 refreshes once and retries once. */
    private <T> T authorized(Request request, Handler<T> handler) {
        Tokens held = tokens.get();
        if (held == null) {
            throw new AuthenticationRequired("Not signed in");
        }
        try {
            return exchange(withToken(request, held), handler);
        } catch (ApiException e) {
            if (e.status() != 401) {
                throw e;
            }
        }
        Tokens renewed = refresh(held);
        try {
            return exchange(withToken(request, renewed), handler);
        } catch (ApiException e) {
            if (e.status() == 401) {
                tokens.compareAndSet(renewed, null);
                throw new AuthenticationRequired("The server refused the renewed session");
            }
            throw e;
        }
    }

    private Tokens refresh(Tokens stale) {
        synchronized (refreshLock) {
            Tokens current = tokens.get();
            if (current != null && current != stale) {
                return current; // another thread already renewed the pair
            }
            if (current == null) {
                throw new AuthenticationRequired("Not signed in");
            }
            try {
                LoginResponse answer = readJson(post(Endpoints.REFRESH, new RefreshRequest(current.refresh())), LoginResponse.class,
                        limits.smallBytes());
                Tokens renewed = new Tokens(answer.accessToken(), answer.refreshToken());
                tokens.set(renewed);
                LOG.info("Session renewed with {}", server.getHost());
                return renewed;
            } catch (ApiException e) {
                if (e.status() == 401 || e.status() == 400) {
                    tokens.set(null);
                    throw new AuthenticationRequired("The session could not be renewed");
                }
                throw e;
            }
        }
    }

    private static Request withToken(Request request, Tokens held) {
        return request.newBuilder().header("Authorization", "Bearer " + held.access()).build();
    }

    private <T> T readJson(Request request, Class<T> type, long maxBytes) {
        return exchange(request, response -> readBody(response, type, maxBytes));
    }

    private <T> T readBody(Response response, Class<T> type, long maxBytes) throws IOException {
        try (InputStream in = bounded(response, maxBytes, "An answer")) {
            return json.readValue(in, type);
        }
    }

    /** The answer's (decompressed) body, refused past {@code maxBytes}; a length announced above it is refused unread. */
    private static InputStream bounded(Response response, long maxBytes, String what) throws IOException {
        ResponseBody body = response.body();
        if (body.contentLength() > maxBytes && response.header("Content-Encoding") == null) {
            throw new BoundedInputStream.LimitExceeded(what, maxBytes);
        }
        return new BoundedInputStream(body.byteStream(), maxBytes, what);
    }

    /**
     * One exchange: maps an error status to ApiException, an answer past its bounds to
     * AnswerRefusedException, the call's deadline and any I/O or parse failure to TransportException.
     */
    private <T> T exchange(Request request, Handler<T> handler) {
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

    private Response call(Request request) {
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

    /** {@code Retry-After} as seconds or as an HTTP date, capped. */
    static Optional<Duration> parseRetryAfter(String header, Instant now) {
        return ErrorAnswers.parseRetryAfter(header, now);
    }

    /** The server's URL of a protocol path ({@link Endpoints}, from "/"). */
    private HttpUrl url(String path) {
        return base.newBuilder().addPathSegments(path.substring(1)).build();
    }

    private Request post(String path, Object body) {
        try {
            return new Request.Builder().url(url(path)).post(RequestBody.create(json.writeValueAsBytes(body), JSON_TYPE)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A protocol record could not be written as JSON", e);
        }
    }

    private static String checkedSha(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest");
        }
        return sha256;
    }
}
