package id.penghubung.central;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.penghubung.model.Role;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.ActionsRequest;
import id.penghubung.protocol.ActionsResponse;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.ClientRelease;
import id.penghubung.protocol.Endpoints;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.LoginRequest;
import id.penghubung.protocol.RefreshRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training central server: sync protocol v1 over the JDK HTTP server on 127.0.0.1, one virtual
 * thread per request, its own SQLite database. Start with {@link #start(CentralConfig)}, stop with
 * {@link #close()} (requests in flight finish; new ones get 503).
 */
public final class CentralServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);
    public static final String TRAINING_PASSWORD = "latihan123";
    private static final Pattern ATTACHMENT = Pattern.compile(Pattern.quote(Endpoints.ATTACHMENTS) + "/([^/]*)");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final CentralConfig config;
    private final HttpServer http;
    private final ExecutorService executor;
    private final CentralDatabase db;
    private final Path dataDir;
    private final boolean temporary;
    private final AuthService auth;
    private final ChangesFeed feed;
    private final AutoFinishSweep autoFinish;
    private final ActionService actions;
    private final AdminRoutes adminRoutes;
    private final AttachmentService attachments;
    private final ReferenceService reference;
    private final ProvinceIndicatorsService provinceIndicators;
    private final Faults faults;
    private final List<SeededAccount> seededAccounts;
    private final String worldId;
    private final RequestGate gate;
    private final AtomicBoolean closing = new AtomicBoolean();

    private CentralServer(CentralConfig config) throws IOException, SQLException {
        this.config = config;
        this.reference = new ReferenceService(config.sla(), config.clock(), config.reviewedAgencies());
        this.temporary = config.dataDir().isEmpty();
        this.dataDir = config.dataDir().orElseGet(() -> {
            try {
                return Files.createTempDirectory("penghubung-central-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.createDirectories(dataDir);
        this.db = new CentralDatabase(dataDir.resolve("central.db"));
        this.actions = new ActionService(db, config.clock(), config.reviewedAgencies());
        this.provinceIndicators = new ProvinceIndicatorsService(db, config.clock(), config.sla());
        this.attachments = new AttachmentService(db, dataDir.resolve("blobs"), config.maxAttachmentBytes());
        this.faults = new Faults(config.faults(), config.seed());
        PasswordHasher hasher = new PasswordHasher(config.passwordIterations());
        this.worldId = WorldSeeder.seedIfEmpty(db, attachments, config, hasher);
        Map<String, AuthService.Account> accounts = WorldSeeder.loadAccounts(db);
        // Checked for unknown usernames: the same cost as a real check, without hashing again at start.
        String dummyHash = accounts.values().stream().findFirst().map(AuthService.Account::passwordHash).orElseGet(() -> hasher.hash("-"));
        this.auth = new AuthService(config, new Sessions(config.clock(), config.accessTokenTtl(), config.refreshTokenTtl()),
                accounts, dummyHash);
        this.feed = new ChangesFeed(db, worldId);
        this.autoFinish = new AutoFinishSweep(db, config.clock(), config.sla());
        this.adminRoutes = new AdminRoutes(new AdminService(db, config.clock()), auth);
        this.seededAccounts = Catalog.ACCOUNTS.stream()
                .map(a -> new SeededAccount(a.username(), TRAINING_PASSWORD, a.role(), a.name(), a.agencyId(), a.regionId()))
                .toList();
        this.gate = new RequestGate(config.limits(), config.maxAttachmentBytes(), closing::get);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 1024);
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        // The first auto-finish look before serving, not in the first desk's sync (seconds over a large world).
        firstAutoFinishLook();
        http.start();
    }

    private void firstAutoFinishLook() {
        try {
            autoFinish.lookAtStart();
        } catch (SQLException | RuntimeException e) {
            // Nothing closed is lost: the first request looks again.
            LOG.warn("The first auto-finish look failed; the first request looks again", e);
        }
    }

    /** Opens (or creates and seeds) the world and starts serving. */
    public static CentralServer start(CentralConfig config) throws IOException {
        try {
            return new CentralServer(config);
        } catch (SQLException e) {
            throw new IOException("Cannot open the central database", e);
        }
    }

    /** {@code http://127.0.0.1:PORT} (no trailing slash); the API is under {@code /api/v1}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The accounts of the world, with their training password. */
    public List<SeededAccount> accounts() {
        return seededAccounts;
    }

    /** Publishes the recommended client version in the reference data ({@code client}); null withdraws it. */
    public void publishClientRelease(ClientRelease release) {
        reference.publish(release);
    }

    public CentralConfig config() {
        return config;
    }

    /** Stops accepting work, lets requests in flight finish (up to 1 s, then 2 s for their threads), closes the database. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        // Bounded so that a SIGTERM ends the process within 5 s even with stalled clients connected.
        http.stop(1);
        gate.close();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            db.close();
        } catch (SQLException e) {
            LOG.warn("closing the central database failed", e);
        }
        if (temporary) {
            deleteTree(dataDir);
        }
    }

    // ---------------------------------------------------------------- dispatch

    private void handle(HttpExchange exchange) throws IOException {
        gate.handle(exchange, this::readBody, this::serve);
    }

    /** Before a slot: an upload is authorised, checked and spooled; any other body is read within its limit. */
    private void readBody(HttpExchange ex) throws IOException {
        String path = normalizedPath(ex);
        if (ex.getRequestMethod().equals("PUT") && ATTACHMENT.matcher(path).matches()) {
            Principal p = auth.authenticate(ex);
            if (p.role() == Role.OMBUDSMAN) {
                throw new RequestException(403, ErrorCodes.FORBIDDEN, "An Ombudsman account is read-only and cannot upload");
            }
            attachments.checkUpload(ex);
            RequestBodies.spool(ex, attachments.spoolDir(), attachments.maxBytes());
            return;
        }
        boolean auth = path.equals(Endpoints.LOGIN) || path.equals(Endpoints.REFRESH);
        RequestBodies.readJson(ex, auth ? AuthService.MAX_BODY : Exchanges.MAX_JSON_BODY);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RequestException e) {
            Exchanges.sendError(exchange, e);
        } catch (Exchanges.TruncatedResponse | DroppedConnection e) {
            throw e;
        } catch (IOException e) {
            // The client went away mid-request: nothing left to answer.
            LOG.debug("I/O error on {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            throw e;
        } catch (SQLException | RuntimeException e) {
            LOG.error("internal error on {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            Exchanges.sendError(exchange, new RequestException(500, ErrorCodes.INTERNAL, "Internal server error"));
        }
    }

    private static String normalizedPath(HttpExchange ex) {
        String path = ex.getRequestURI().getRawPath();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private void route(HttpExchange ex) throws IOException, SQLException {
        String path = normalizedPath(ex);
        String method = ex.getRequestMethod();
        if (path.startsWith(Endpoints.ADMIN + "/")) {
            adminRoutes.route(ex, method, path);
            return;
        }
        Faults.Decision fault = faults.next();
        if (fault.latencyMs() > 0) {
            sleep(fault.latencyMs());
        }
        if (fault.rate429()) {
            throw new RequestException(429, new ApiError(ErrorCodes.RATE_LIMITED, "Too many requests", Map.of()), Map.of("Retry-After", "1"));
        }
        if (fault.error500()) {
            throw new RequestException(500, ErrorCodes.INTERNAL, "Internal server error (simulated)");
        }
        switch (path) {
            case Endpoints.LOGIN -> {
                allow(method, "POST");
                respond(ex, 200, auth.login(Exchanges.readJson(ex, LoginRequest.class, AuthService.MAX_BODY), clientAddress(ex)), fault);
            }
            case Endpoints.REFRESH -> {
                allow(method, "POST");
                respond(ex, 200, auth.refresh(Exchanges.readJson(ex, RefreshRequest.class, AuthService.MAX_BODY)), fault);
            }
            case Endpoints.CHANGES -> {
                allow(method, "GET");
                Principal p = auth.authenticate(ex);
                autoFinish.sweep(); // LAPOR! closes what the reporter left unanswered, as the clock runs (issue 22)
                respond(ex, 200, feed.page(p, query(ex)), fault);
            }
            case Endpoints.ACTIONS -> {
                allow(method, "POST");
                Principal p = auth.authenticate(ex);
                ActionsRequest request = Exchanges.readJson(ex, ActionsRequest.class);
                validate(request);
                autoFinish.sweep();
                List<ActionResult> results = actions.apply(p, request.actions());
                if (fault.dropAfterCommit()) {
                    throw new DroppedConnection();
                }
                respond(ex, 200, new ActionsResponse(results), fault);
            }
            case Endpoints.REFERENCE -> {
                allow(method, "GET");
                respond(ex, 200, reference.forCaller(auth.authenticate(ex), attachments.limits()), fault);
            }
            case Endpoints.PROVINCE_INDICATORS -> {
                allow(method, "GET");
                respond(ex, 200, provinceIndicators.answer(auth.authenticate(ex), query(ex)), fault);
            }
            default -> {
                Matcher m = ATTACHMENT.matcher(path);
                if (!m.matches()) {
                    throw new RequestException(404, ErrorCodes.NOT_FOUND, "No such endpoint");
                }
                allow(method, "GET", "PUT");
                auth.authenticate(ex);
                String sha = decode(m.group(1));
                if (!SHA256.matcher(sha).matches()) {
                    throw new RequestException(400, ErrorCodes.INVALID_ID, "An attachment id is a lower-case SHA-256 hex digest");
                }
                if (method.equals("PUT")) {
                    AttachmentService.Stored stored = attachments.put(ex, sha, query(ex).get("fileName"));
                    if (fault.dropAfterCommit()) {
                        throw new DroppedConnection();
                    }
                    respond(ex, stored.created() ? 201 : 200, stored.meta(), fault);
                } else {
                    attachments.get(ex, sha);
                }
            }
        }
    }


    private static void validate(ActionsRequest request) {
        if (request.actions() == null || request.actions().isEmpty()) {
            throw new RequestException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "actions must not be empty",
                    Map.of("actions", "required, 1 to " + ActionService.MAX_ACTIONS)), Map.of());
        }
        if (request.actions().size() > ActionService.MAX_ACTIONS) {
            throw new RequestException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "Too many actions in one request",
                    Map.of("actions", "at most " + ActionService.MAX_ACTIONS)), Map.of());
        }
        for (int i = 0; i < request.actions().size(); i++) {
            if (request.actions().get(i) == null) {
                throw new RequestException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "Null action",
                        Map.of("actions[" + i + "]", "must be an object")), Map.of());
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static void respond(HttpExchange ex, int status, Object body, Faults.Decision fault) throws IOException {
        Exchanges.Body prepared = Exchanges.jsonBody(ex, body);
        Exchanges.send(ex, status, prepared, fault.truncate());
    }

    static void allow(String method, String... allowed) {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        throw new RequestException(405, new ApiError(ErrorCodes.METHOD_NOT_ALLOWED, method + " is not allowed here", Map.of()),
                Map.of("Allow", String.join(", ", allowed)));
    }

    static String complaintId(String raw) {
        String id = decode(raw);
        if (!ActionService.ID.matcher(id).matches()) {
            throw new RequestException(400, ErrorCodes.INVALID_ID, "A complaint id has letters, digits and '-' only");
        }
        return id;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RequestException(400, ErrorCodes.INVALID_ID, "Badly encoded path");
        }
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> params = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            try {
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException e) {
                throw new RequestException(400, ErrorCodes.VALIDATION_FAILED, "Badly encoded query");
            }
        }
        return params;
    }

    static String clientAddress(HttpExchange ex) {
        return ex.getRemoteAddress().getAddress().getHostAddress();
    }

    static RequestException invalidParam(String name, String message) {
        return new RequestException(400, new ApiError(ErrorCodes.VALIDATION_FAILED, "Invalid parameter " + name, Map.of(name, message)), Map.of());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("could not delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.debug("could not delete {}", root, e);
        }
    }

    /** Thrown after a committed change to close the connection without an answer (fault injection). */
    private static final class DroppedConnection extends IOException {
        DroppedConnection() {
            super("connection dropped after commit by fault injection", null);
        }
    }
}
