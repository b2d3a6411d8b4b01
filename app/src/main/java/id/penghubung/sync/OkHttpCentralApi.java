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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CentralApi} over OkHttp. Tokens live only in memory; a 401 triggers one refresh and one
 * retry, then {@link AuthenticationRequired}. Pages of changes are parsed with Jackson's streaming
 * parser straight off the response stream. Logs carry methods, paths, statuses and timings only:
 * never tokens, passwords or complaint content. Its rooms: {@link ServerAddress} (which addresses are
 * allowed), {@link TokenAuthenticator} (the token pair and the 401 rule), {@link ServerExchanges} (one
 * exchange and what its failures mean, with {@link ErrorAnswers}), {@link PageParser} (a page of changes).
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
    private final ServerExchanges exchanges;
    private final TokenAuthenticator tokens;
    private final AtomicLong bytesReceived = new AtomicLong();
    /** The name of an attached file by its hash, sent with its upload ({@link #nameUploadsBy}). */
    private volatile Function<String, Optional<String>> fileNames = sha -> Optional.empty();

    private OkHttpCentralApi(Builder builder) {
        this.server = builder.server;
        this.base = Objects.requireNonNull(HttpUrl.get(builder.server.toString()), "server");
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
        this.exchanges = new ServerExchanges(this.http, json, limits, builder.reachability);
        this.tokens = new TokenAuthenticator(exchanges, refresh -> post(Endpoints.REFRESH, new RefreshRequest(refresh)),
                limits.smallBytes(), server.getHost());
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
        return exchanges.requestCount();
    }

    @Override
    public long bytesReceived() {
        return bytesReceived.get();
    }

    @Override
    public LoginResponse login(String username, char[] password) {
        Request request = post(Endpoints.LOGIN, new LoginRequest(username, new String(password)));
        LoginResponse answer = exchanges.readJson(request, LoginResponse.class, limits.smallBytes());
        tokens.signedIn(answer);
        LOG.info("Signed in to {} as {}", server.getHost(), username);
        return answer;
    }

    @Override
    public boolean signedIn() {
        return tokens.signedIn();
    }

    @Override
    public void signOut() {
        tokens.signOut();
    }

    @Override
    public void changes(Optional<String> cursor, int limit, PageConsumer consumer) {
        HttpUrl.Builder url = url(Endpoints.CHANGES).newBuilder().addQueryParameter("limit", Integer.toString(limit));
        cursor.ifPresent(c -> url.addQueryParameter("cursor", c));
        Request request = new Request.Builder().url(url.build()).get().build();
        tokens.authorized(request, response -> {
            try (InputStream in = ServerExchanges.bounded(response, limits.pageBytes(), "A page of changes");
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
        tokens.authorized(request, response -> null);
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
        return tokens.authorized(request.build(), response -> BoundedDownload.write(response, sha256, fromByte, maxBytes, sink));
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
        try (Response ignored = exchanges.call(request)) {
            // Any status, even 401, proves the server is there.
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    // --- plumbing -------------------------------------------------------------------------

    private <T> T authorizedJson(Request request, Class<T> type, long maxBytes) {
        return tokens.authorized(request, response -> exchanges.readBody(response, type, maxBytes));
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
