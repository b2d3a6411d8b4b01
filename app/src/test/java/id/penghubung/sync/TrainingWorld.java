package id.penghubung.sync;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.central.FaultSpec;
import id.penghubung.model.Complaint;
import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.protocol.AppliedAction;
import id.penghubung.protocol.AppliedActions;
import id.penghubung.protocol.Json;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.crypto.Kdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A real training server on loopback, and what the tests need around it: an admin's view and sign-ins. */
final class TrainingWorld implements AutoCloseable {
    static final String PASSWORD = CentralServer.TRAINING_PASSWORD;
    /** Quick retries, so faults cost milliseconds, with enough attempts to get through heavy fault rates. */
    static final Backoff FAST = new Backoff(Duration.ofMillis(5), Duration.ofMillis(100), 60);
    /**
     * A sign-in's login tried as often as the officer's ({@link SyncEngine.Options#LOGIN_BACKOFF}: four times) but
     * without its pauses of 0.2–2 s: an offline sign-in against a closed port cost about 1.4 s of waiting (decision 0012).
     */
    static final Backoff FAST_LOGIN = new Backoff(Duration.ofMillis(5), Duration.ofMillis(20),
            SyncEngine.Options.LOGIN_BACKOFF.maxAttempts());
    /** The sync options of the tests' sign-ins: {@link #FAST} retries and {@link #FAST_LOGIN}. */
    static final SyncEngine.Options QUICK = SyncEngine.Options.defaults().withBackoff(FAST).withLoginBackoff(FAST_LOGIN);
    /**
     * Verifiers and key files at a test cost (PBKDF2, 1,000 rounds: about a millisecond) instead of the
     * production Argon2id (64 MiB, ~0.2 s of one core per derivation, several per sign-in). Tests about
     * the KDF itself ({@code DataProtectionTest}, {@code KeyWrapTest}, {@code AccountRegistryTest}) use their own registry.
     */
    static final Kdf TEST_KDF = Kdf.pbkdf2(1_000);

    private final CentralServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private String adminToken;

    private TrainingWorld(CentralServer server) {
        this.server = server;
    }

    static TrainingWorld start(int complaints, String faults) {
        try {
            FaultSpec spec = faults == null ? FaultSpec.none() : FaultSpec.parse(faults);
            return new TrainingWorld(CentralServer.start(CentralConfig.forTests(complaints).withFaults(spec)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TrainingWorld start(CentralConfig config) {
        try {
            return new TrainingWorld(CentralServer.start(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        String text = server.baseUri().toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    CentralServer server() {
        return server;
    }

    /** Sign-in with quick retries and low-cost verifiers, so tests stay fast. */
    SignInService signIn(Path data) {
        return signIn(data, TEST_KDF);
    }

    /** As {@link #signIn(Path)}, with verifiers and key files at {@code kdf} ({@link Kdf#DEFAULT}: the production cost). */
    SignInService signIn(Path data, Kdf kdf) {
        return new SignInService(new AccountRegistry(data, kdf), SignInService.ApiFactory.OKHTTP, CalendarHolder.withBundled(),
                QUICK, Clock.systemUTC());
    }

    Session session(Path data, String user) {
        SignInResult result = signIn(data).signIn(url(), user, PASSWORD.toCharArray());
        if (result instanceof SignInResult.SignedIn s) {
            return s.session();
        }
        throw new AssertionError("Sign-in failed: " + result);
    }

    /** What the server applied to a complaint, once per application (admin endpoint). */
    List<AppliedAction> applied(String complaintId) {
        return admin("GET", "/api/v1/admin/complaints/" + complaintId + "/actions", null, AppliedActions.class).actions();
    }

    JsonNode reporterReply(String complaintId, String text) {
        return admin("POST", "/api/v1/admin/complaints/" + complaintId + "/reply",
                "{\"text\":" + Json.lenient().valueToTree(text) + ",\"attachmentIds\":[]}", JsonNode.class);
    }

    /** The LAPOR! admin redirects a complaint to another agency (admin endpoint). */
    JsonNode redirect(String complaintId, String agencyId, String reason) {
        return admin("POST", "/api/v1/admin/complaints/" + complaintId + "/redirect",
                "{\"agencyId\":" + Json.lenient().valueToTree(agencyId) + ",\"reason\":" + Json.lenient().valueToTree(reason) + "}",
                JsonNode.class);
    }

    private <T> T admin(String method, String path, String body, Class<T> type) {
        try {
            if (adminToken == null) {
                // Login is subject to the injected faults too: try until a whole answer arrives.
                for (int attempt = 0; adminToken == null && attempt < 50; attempt++) {
                    try {
                        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/auth/login"))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")));
                        JsonNode token = login.statusCode() == 200 ? Json.lenient().readTree(login.body()).get("accessToken") : null;
                        adminToken = token == null ? null : token.asText();
                    } catch (IOException faulty) {
                        adminToken = null;
                    }
                }
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).header("Authorization", "Bearer " + adminToken);
            request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
            HttpResponse<String> response = send(request);
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError("Admin " + path + " answered " + response.statusCode() + " " + response.body());
            }
            return Json.lenient().readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The cached complaints that are still open, in the store's order. */
    static List<Complaint> openComplaints(CaseStore store, int limit) {
        Instant now = Instant.now();
        List<InboxRow> rows = store.page(InboxQuery.of(InboxView.ALL, now, now), 0, 5000);
        return rows.stream().filter(r -> !r.status().isClosed())
                .map(r -> store.complaint(r.id()).orElseThrow())
                .limit(limit).toList();
    }

    @Override
    public void close() {
        server.close();
    }
}
