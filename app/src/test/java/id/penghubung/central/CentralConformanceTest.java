package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.model.ActionType;
import id.penghubung.model.ActorKind;
import id.penghubung.model.EventType;
import id.penghubung.model.Role;
import id.penghubung.model.Status;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.AdminArchiveRequest;
import id.penghubung.protocol.AdminDisposeRequest;
import id.penghubung.protocol.AdminNewComplaint;
import id.penghubung.protocol.AdminRedirectRequest;
import id.penghubung.protocol.AdminReplyRequest;
import id.penghubung.protocol.AppliedActions;
import id.penghubung.protocol.ChangesPage;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.LoginRequest;
import id.penghubung.protocol.LoginResponse;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.RefreshRequest;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireLocation;
import id.penghubung.protocol.WireMapper;
import id.penghubung.protocol.WireReporter;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drives a real central server over HTTP through every rule of the contract, hostile input included. */
class CentralConformanceTest {
    private static final int COMPLAINTS = 400;
    private static MutableClock clock;
    private static CentralServer server;
    private static ApiClient admin;
    private static ApiClient officer;
    private static ApiClient ombudsman;
    private static final Set<String> used = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() throws IOException {
        clock = new MutableClock(Instant.parse("2026-03-02T03:00:00Z"));
        server = CentralServer.start(CentralConfig.forTests(COMPLAINTS).withClock(clock).withMaxAttachmentBytes(256 * 1024));
        admin = ApiClient.login(server.baseUri(), "admin");
        officer = ApiClient.login(server.baseUri(), "penghubung");
        ombudsman = ApiClient.login(server.baseUri(), "ombudsman");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An unused complaint of the officer's agency in a status that accepts actions. */
    private static WireComplaint openComplaint(String agencyId) {
        for (WireComplaint c : admin.pullAll(1000).values()) {
            if (c.agency() != null && c.agency().id().equals(agencyId)
                    && (c.knownStatus() == Status.BELUM_DITINDAKLANJUTI || c.knownStatus() == Status.PROSES) && used.add(c.id())) {
                return c;
            }
        }
        throw new IllegalStateException("no open complaint left for " + agencyId);
    }

    private static WireAction respond(WireComplaint c, long base, String text) {
        return new WireAction(UUID.randomUUID().toString(), c.id(), base, ActionType.RESPOND, text, List.of(), null, null, null, null, null);
    }

    private static WireAction note(String complaintId, long base, String text) {
        return new WireAction(UUID.randomUUID().toString(), complaintId, base, ActionType.NOTE, text, null, null, null, null, null, null);
    }

    private static void assertJsonError(ApiClient.Reply r, int status, String code) {
        assertThat(r.code()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        assertThat(r.errorCode()).isEqualTo(code);
        assertThat(r.json().path("error").path("message").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("<html", "Exception", "\tat ");
    }

    // ------------------------------------------------------------------ authentication

    @Test
    void loginGivesTokensAndUser() {
        ApiClient.Reply r = new ApiClient(server.baseUri()).post("/api/v1/auth/login", new LoginRequest("penghubung", "latihan123"));
        assertThat(r.code()).isEqualTo(200);
        LoginResponse login = r.as(LoginResponse.class);
        assertThat(login.accessToken()).isNotBlank().isNotEqualTo(login.refreshToken());
        assertThat(login.expiresIn()).isEqualTo(15 * 60);
        assertThat(login.user().role()).isEqualTo(Role.OFFICER);
        assertThat(login.user().agencyId()).isEqualTo("pemkot-bandung");
        assertThat(r.json().path("user").has("regionId")).isTrue();

        ApiClient.Reply omb = new ApiClient(server.baseUri()).post("/api/v1/auth/login", new LoginRequest("ombudsman", "latihan123"));
        assertThat(omb.as(LoginResponse.class).user().regionId()).isEqualTo("32");
        assertThat(server.accounts()).extracting(SeededAccount::username)
                .contains("admin", "penghubung", "ombudsman", "penghubung.jabar", "penghubung.bpjs", "penghubung.semarang");
    }

    @Test
    void badCredentialsAndHostileLoginBodies() {
        ApiClient anon = new ApiClient(server.baseUri());
        assertJsonError(anon.post("/api/v1/auth/login", new LoginRequest("penghubung", "salah")), 401, ErrorCodes.INVALID_CREDENTIALS);
        assertJsonError(anon.post("/api/v1/auth/login", new LoginRequest("tidakada", "latihan123")), 401, ErrorCodes.INVALID_CREDENTIALS);
        assertJsonError(anon.postRaw("/api/v1/auth/login", "{\"username\":".getBytes(StandardCharsets.UTF_8)), 400, ErrorCodes.MALFORMED_JSON);
        assertJsonError(anon.postRaw("/api/v1/auth/login", "not json at all".getBytes(StandardCharsets.UTF_8)), 400, ErrorCodes.MALFORMED_JSON);
        assertJsonError(anon.postRaw("/api/v1/auth/login", new byte[0]), 400, ErrorCodes.MALFORMED_JSON);
        ApiClient.Reply unknown = anon.postRaw("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"latihan123\",\"role\":\"ADMIN\"}".getBytes(StandardCharsets.UTF_8));
        assertJsonError(unknown, 400, ErrorCodes.UNKNOWN_FIELD);
        assertThat(unknown.json().path("error").path("fields").has("role")).isTrue();
        assertJsonError(anon.postRaw("/api/v1/auth/login", "{\"username\":5,\"password\":true}".getBytes(StandardCharsets.UTF_8)),
                400, ErrorCodes.VALIDATION_FAILED);
        assertJsonError(anon.postRaw("/api/v1/auth/login", "[1,2,3]".getBytes(StandardCharsets.UTF_8)), 400, ErrorCodes.VALIDATION_FAILED);
        ApiClient.Reply missing = anon.postRaw("/api/v1/auth/login", "{\"username\":\"admin\"}".getBytes(StandardCharsets.UTF_8));
        assertJsonError(missing, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(missing.json().path("error").path("fields").has("password")).isTrue();
        assertJsonError(anon.get("/api/v1/auth/login"), 405, ErrorCodes.METHOD_NOT_ALLOWED);
    }

    @Test
    void everyProtectedEndpointNeedsAValidToken() {
        ApiClient anon = new ApiClient(server.baseUri());
        for (String path : List.of("/api/v1/changes", "/api/v1/reference", "/api/v1/attachments/" + "a".repeat(64),
                "/api/v1/admin/complaints/x/actions")) {
            ApiClient.Reply r = anon.get(path);
            assertJsonError(r, 401, ErrorCodes.UNAUTHENTICATED);
            assertThat(r.headers().get("www-authenticate")).isEqualTo("Bearer");
        }
        ApiClient forged = new ApiClient(server.baseUri());
        forged.token = "forged-token";
        assertJsonError(forged.get("/api/v1/changes"), 401, ErrorCodes.INVALID_TOKEN);
    }

    @Test
    void accessTokensExpireAndRefreshTokensRotate() {
        ApiClient client = new ApiClient(server.baseUri());
        LoginResponse login = client.post("/api/v1/auth/login", new LoginRequest("penghubung.jabar", "latihan123")).as(LoginResponse.class);
        client.token = login.accessToken();
        assertThat(client.get("/api/v1/reference").code()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(16));
        try {
            assertJsonError(client.get("/api/v1/reference"), 401, ErrorCodes.TOKEN_EXPIRED);
            ApiClient.Reply refreshed = new ApiClient(server.baseUri()).post("/api/v1/auth/refresh", new RefreshRequest(login.refreshToken()));
            assertThat(refreshed.code()).isEqualTo(200);
            client.token = refreshed.as(LoginResponse.class).accessToken();
            assertThat(client.get("/api/v1/reference").code()).isEqualTo(200);
            // A spent refresh token cannot be used twice.
            assertJsonError(new ApiClient(server.baseUri()).post("/api/v1/auth/refresh", new RefreshRequest(login.refreshToken())),
                    401, ErrorCodes.INVALID_TOKEN);
        } finally {
            // The shared clients' tokens were issued before the jump; give them fresh ones.
            admin = ApiClient.login(server.baseUri(), "admin");
            officer = ApiClient.login(server.baseUri(), "penghubung");
            ombudsman = ApiClient.login(server.baseUri(), "ombudsman");
        }
    }

    // ------------------------------------------------------------------ changes feed and scope

    @Test
    void feedDeliversEveryComplaintInScopeAcrossPages() {
        Map<String, WireComplaint> all = admin.pullAll(1000);
        assertThat(all).hasSizeGreaterThanOrEqualTo(COMPLAINTS);
        Map<String, WireComplaint> mine = officer.pullAll(37);
        long expected = all.values().stream().filter(c -> c.agency() != null && c.agency().id().equals("pemkot-bandung")).count();
        assertThat(mine).hasSize((int) expected);
        assertThat(mine.values()).allSatisfy(c -> assertThat(c.agency().id()).isEqualTo("pemkot-bandung"));

        Map<String, WireComplaint> region = ombudsman.pullAll(500);
        long inRegion = all.values().stream().filter(c -> c.location().provinceId().equals("32")).count();
        assertThat(region).hasSize((int) inRegion);
        assertThat(region.values()).allSatisfy(c -> assertThat(c.location().provinceId()).isEqualTo("32"));
    }

    @Test
    void seededWorldIsVariedAndValid() {
        List<WireComplaint> all = List.copyOf(admin.pullAll(1000).values());
        // Every value the server knows (OTHER stands for names a client does not know yet: never sent by this server).
        assertThat(all).extracting(WireComplaint::knownClassification).contains(known(Classification.values()))
                .doesNotContain(Classification.OTHER);
        // PHONE, LETTER and IN_PERSON come only from an officer's CREATE (issue 20), never from the seed.
        java.util.Set<Channel> enteredOnly = java.util.EnumSet.of(Channel.PHONE, Channel.LETTER, Channel.IN_PERSON);
        assertThat(all).extracting(WireComplaint::channel).contains(java.util.Arrays.stream(known(Channel.values()))
                .filter(ch -> !enteredOnly.contains(ch)).map(Enum::name).toArray(String[]::new));
        assertThat(all).extracting(WireComplaint::knownStatus).contains(known(Status.values())).doesNotContain(Status.OTHER);
        assertThat(all.stream().filter(WireComplaint::anonymous).count()).isBetween(10L, 90L);
        assertThat(all.stream().filter(WireComplaint::confidential).count()).isPositive();
        assertThat(all.stream().filter(c -> !c.attachments().isEmpty()).count()).isPositive();
        assertThat(all.stream().map(c -> c.agency() == null ? "" : c.agency().id()).distinct().count()).isGreaterThanOrEqualTo(4);
        for (WireComplaint c : all) {
            // Every complaint maps to the domain model (whose constructor enforces the anonymous rule).
            assertThat(WireMapper.toModel(c).version()).isEqualTo(c.version());
            assertThat(c.events().getFirst().knownType()).isEqualTo(EventType.SUBMITTED);
        }
    }

    @Test
    void anonymousReportersAreNeverSent() {
        ApiClient.Reply raw = officer.get("/api/v1/changes?limit=1000");
        JsonNode items = raw.json().path("items");
        int anonymous = 0;
        for (JsonNode item : items) {
            if (item.path("anonymous").asBoolean()) {
                anonymous++;
                assertThat(item.path("reporter").isNull()).isTrue();
                for (JsonNode event : item.path("events")) {
                    if (event.path("actor").path("kind").asText().equals("REPORTER")) {
                        assertThat(event.path("actor").path("name").asText()).isEqualTo("Pelapor");
                    }
                }
            } else {
                assertThat(item.path("reporter").path("name").asText()).isNotBlank();
            }
        }
        assertThat(anonymous).isPositive();
    }

    @Test
    void cursorAndLimitAreValidated() {
        assertJsonError(officer.get("/api/v1/changes?cursor=not-a-cursor"), 400, ErrorCodes.INVALID_CURSOR);
        assertJsonError(officer.get("/api/v1/changes?cursor=" + java.util.Base64.getUrlEncoder().encodeToString("v1:other:5".getBytes())),
                400, ErrorCodes.INVALID_CURSOR);
        assertJsonError(officer.get("/api/v1/changes?limit=0"), 400, ErrorCodes.VALIDATION_FAILED);
        assertJsonError(officer.get("/api/v1/changes?limit=abc"), 400, ErrorCodes.VALIDATION_FAILED);
        ChangesPage page = admin.page(null, 5000);
        assertThat(page.items()).hasSizeLessThanOrEqualTo(1000);
        ChangesPage empty = officer.page(officer.pullAllCursor(), 10);
        assertThat(empty.items()).isEmpty();
        assertThat(empty.hasMore()).isFalse();
    }

    @Test
    void cursorNeverSkipsAnUpdateUnderConcurrentWrites() throws Exception {
        ApiClient writerClient = ApiClient.login(server.baseUri(), "penghubung.semarang");
        List<WireComplaint> targets = writerClient.pullAll(1000).values().stream().limit(25).toList();
        Map<String, Long> versions = new ConcurrentHashMap<>();
        targets.forEach(c -> versions.put(c.id(), c.version()));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                int i = 0;
                while (!stop.get() && i < 300) {
                    WireComplaint c = targets.get(i++ % targets.size());
                    ActionResult r = writerClient.act(note(c.id(), versions.get(c.id()), "catatan " + i)).results().getFirst();
                    assertThat(r.outcome()).isEqualTo(ActionOutcome.APPLIED);
                    versions.put(c.id(), r.version());
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        // Page slowly through the same scope while the writer changes it.
        Map<String, Long> seen = new HashMap<>();
        String cursor = null;
        for (int round = 0; round < 400; round++) {
            ChangesPage page = writerClient.page(cursor, 7);
            page.items().forEach(c -> seen.merge(c.id(), c.version(), Math::max));
            cursor = page.nextCursor();
            if (!page.hasMore() && !writer.isAlive()) {
                break;
            }
        }
        stop.set(true);
        writer.join();
        assertThat(failure.get()).isNull();
        ChangesPage tail;
        do {
            tail = writerClient.page(cursor, 50);
            tail.items().forEach(c -> seen.merge(c.id(), c.version(), Math::max));
            cursor = tail.nextCursor();
        } while (tail.hasMore());
        for (Map.Entry<String, Long> e : versions.entrySet()) {
            assertThat(seen.get(e.getKey())).as("latest version of %s", e.getKey()).isEqualTo(e.getValue());
        }
    }

    // ------------------------------------------------------------------ actions

    @Test
    void respondAppliesOnceAndDuplicatesAreNotReapplied() {
        WireComplaint c = openComplaint("pemkot-bandung");
        WireAction action = respond(c, c.version(), "Sudah kami teruskan ke unit terkait untuk dicek ke lokasi.");
        ActionResult first = officer.act(action).results().getFirst();
        assertThat(first.outcome()).isEqualTo(ActionOutcome.APPLIED);
        assertThat(first.version()).isEqualTo(c.version() + 1);
        assertThat(first.complaint().knownStatus()).isEqualTo(Status.PROSES);
        assertThat(first.complaint().events().getLast().knownType()).isEqualTo(EventType.RESPONDED);
        assertThat(first.complaint().events().getLast().actor().kind()).isEqualTo(ActorKind.OFFICER);

        ActionResult again = officer.act(action).results().getFirst();
        assertThat(again.outcome()).isEqualTo(ActionOutcome.DUPLICATE);
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(again.complaint().version()).isEqualTo(first.version());

        WireAction reused = new WireAction(action.actionId(), c.id(), c.version(), ActionType.RESPOND, "teks lain", List.of(),
                null, null, null, null, null);
        ActionResult hijack = officer.act(reused).results().getFirst();
        assertThat(hijack.outcome()).isEqualTo(ActionOutcome.REJECTED);
        assertThat(hijack.error().code()).isEqualTo(ErrorCodes.ACTION_ID_REUSED);

        AppliedActions applied = admin.get("/api/v1/admin/complaints/" + c.id() + "/actions").as(AppliedActions.class);
        assertThat(applied.actions()).hasSize(1);
        assertThat(applied.actions().getFirst().actionId()).isEqualTo(action.actionId());
        assertThat(applied.actions().getFirst().type()).isEqualTo(ActionType.RESPOND);
    }

    @Test
    void staleBaseVersionIsAConflictWithTheCurrentComplaint() {
        WireComplaint c = openComplaint("pemkot-bandung");
        WireComplaint afterReply = admin.post("/api/v1/admin/complaints/" + c.id() + "/reply",
                new AdminReplyRequest("Sampai hari ini belum ada petugas yang datang.", null)).as(WireComplaint.class);
        assertThat(afterReply.version()).isEqualTo(c.version() + 1);
        ActionResult r = officer.act(respond(c, c.version(), "Tanggapan berdasarkan versi lama.")).results().getFirst();
        assertThat(r.outcome()).isEqualTo(ActionOutcome.CONFLICT);
        assertThat(r.complaint().version()).isEqualTo(afterReply.version());
        assertThat(r.complaint().events().getLast().knownType()).isEqualTo(EventType.REPORTER_REPLIED);
        assertThat(admin.get("/api/v1/admin/complaints/" + c.id() + "/actions").as(AppliedActions.class).actions()).isEmpty();
    }

    @Test
    void ownQueuedActionsOnTheSameBaseDoNotConflictAndApplyInOrder() {
        WireComplaint c = openComplaint("pemkot-bandung");
        String unit = officer.get("/api/v1/reference").as(ReferenceData.class).units().getFirst().id();
        WireAction dispose = new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.DISPOSE, null, null,
                unit, "Mohon dicek", null, null, null);
        WireAction note = note(c.id(), c.version(), "Koordinasi internal");
        WireAction complete = new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.COMPLETE,
                "Sudah diperbaiki.", List.of(), null, null, null, null, null);
        List<ActionResult> results = officer.act(dispose, note, complete).results();
        assertThat(results).extracting(ActionResult::outcome).containsOnly(ActionOutcome.APPLIED);
        assertThat(results).extracting(ActionResult::version).containsExactly(c.version() + 1, c.version() + 2, c.version() + 3);
        WireComplaint done = results.getLast().complaint();
        assertThat(done.knownStatus()).isEqualTo(Status.SELESAI);
        assertThat(done.unit().id()).isEqualTo(unit);
        assertThat(done.events()).extracting(e -> e.knownType()).contains(EventType.DISPOSED_TO_UNIT, EventType.NOTE, EventType.COMPLETED);
        // Closed: only notes now.
        ActionResult late = officer.act(respond(done, done.version(), "Tambahan")).results().getFirst();
        assertThat(late.outcome()).isEqualTo(ActionOutcome.REJECTED);
        assertThat(late.error().code()).isEqualTo(ErrorCodes.STATUS_NOT_ALLOWED);
        // The note is the agency's own: the Ombudsman office does not see it.
        WireComplaint seenByOmbudsman = ombudsman.pullAll(1000).get(c.id());
        if (seenByOmbudsman != null) {
            assertThat(seenByOmbudsman.events()).extracting(e -> e.knownType()).doesNotContain(EventType.NOTE);
        }
    }

    @Test
    void invalidActionsAreRejectedPerField() {
        WireComplaint c = openComplaint("pemkot-bandung");
        ActionResult empty = officer.act(respond(c, c.version(), "   ")).results().getFirst();
        assertThat(empty.outcome()).isEqualTo(ActionOutcome.REJECTED);
        assertThat(empty.error().fields()).containsKey("text");

        WireAction foreignUnit = new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.DISPOSE, null, null,
                "smg-dpu", null, null, null, null);
        assertThat(officer.act(foreignUnit).results().getFirst().error().fields()).containsKey("unitId");

        WireAction wrongPayload = new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.REQUEST_INFO, "teks",
                null, null, null, null, null, "Mohon alamat lengkap");
        assertThat(officer.act(wrongPayload).results().getFirst().error().fields()).containsKey("text");

        WireAction notUploaded = new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.RESPOND, "ok",
                List.of("0".repeat(64)), null, null, null, null, null);
        assertThat(officer.act(notUploaded).results().getFirst().error().fields()).containsKey("attachmentIds[0]");

        WireAction badId = new WireAction("not-a-uuid", c.id(), c.version(), ActionType.NOTE, "x", null, null, null, null, null, null);
        assertThat(officer.act(badId).results().getFirst().error().fields()).containsKey("actionId");

        WireAction traversal = note("../../etc/passwd", 1, "x");
        assertThat(officer.act(traversal).results().getFirst().error().fields()).containsKey("complaintId");

        WireAction unknown = note(UUID.randomUUID().toString(), 1, "x");
        assertThat(officer.act(unknown).results().getFirst().error().code()).isEqualTo(ErrorCodes.NOT_FOUND);

        WireAction future = note(c.id(), c.version() + 10, "x");
        assertThat(officer.act(future).results().getFirst().error().fields()).containsKey("baseVersion");

        WireAction badAgency = new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.NOT_AUTHORIZED, null, null,
                null, null, "Bukan wewenang kami", "tidak-ada", null);
        assertThat(officer.act(badAgency).results().getFirst().error().fields()).containsKey("suggestedAgencyId");
        assertThat(admin.get("/api/v1/admin/complaints/" + c.id() + "/actions").as(AppliedActions.class).actions()).isEmpty();
    }

    @Test
    void hostileActionBodiesAreRefusedWholesale() {
        assertJsonError(officer.postRaw("/api/v1/actions", "{\"actions\":[{\"actionId\":".getBytes(StandardCharsets.UTF_8)),
                400, ErrorCodes.MALFORMED_JSON);
        assertJsonError(officer.postRaw("/api/v1/actions", "{\"actions\":[]}".getBytes(StandardCharsets.UTF_8)), 400, ErrorCodes.VALIDATION_FAILED);
        assertJsonError(officer.postRaw("/api/v1/actions", "{\"actions\":{}}".getBytes(StandardCharsets.UTF_8)), 400, ErrorCodes.VALIDATION_FAILED);
        assertJsonError(officer.postRaw("/api/v1/actions", "{\"actions\":[null]}".getBytes(StandardCharsets.UTF_8)), 400, ErrorCodes.VALIDATION_FAILED);
        ApiClient.Reply wrongType = officer.postRaw("/api/v1/actions",
                "{\"actions\":[{\"actionId\":\"a\",\"complaintId\":\"b\",\"baseVersion\":\"3\",\"type\":\"NOTE\",\"text\":\"x\"}]}"
                        .getBytes(StandardCharsets.UTF_8));
        assertJsonError(wrongType, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(wrongType.json().path("error").path("fields").fieldNames().next()).contains("baseVersion");
        assertJsonError(officer.postRaw("/api/v1/actions",
                "{\"actions\":[{\"actionId\":\"a\",\"type\":\"DELETE_ALL\"}]}".getBytes(StandardCharsets.UTF_8)), 400, ErrorCodes.VALIDATION_FAILED);
        assertJsonError(officer.postRaw("/api/v1/actions",
                "{\"actions\":[{\"actionId\":\"a\",\"basVersion\":1}]}".getBytes(StandardCharsets.UTF_8)), 400, ErrorCodes.UNKNOWN_FIELD);
        byte[] huge = new byte[3 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        assertJsonError(officer.postRaw("/api/v1/actions", huge), 413, ErrorCodes.PAYLOAD_TOO_LARGE);
        List<WireAction> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(note("x", 1, "x"));
        }
        assertJsonError(officer.post("/api/v1/actions", new id.penghubung.protocol.ActionsRequest(many)), 400, ErrorCodes.VALIDATION_FAILED);
        assertJsonError(officer.get("/api/v1/actions"), 405, ErrorCodes.METHOD_NOT_ALLOWED);
        assertJsonError(officer.get("/api/v1/nothing-here"), 404, ErrorCodes.NOT_FOUND);
        assertJsonError(officer.get("/"), 404, ErrorCodes.NOT_FOUND);
    }

    @Test
    void scopeAndRolesAreEnforced() {
        WireComplaint other = openComplaint("pemkot-semarang");
        ActionResult outOfScope = officer.act(note(other.id(), other.version(), "bukan milik kami")).results().getFirst();
        assertThat(outOfScope.outcome()).isEqualTo(ActionOutcome.REJECTED);
        assertThat(outOfScope.error().code()).isEqualTo(ErrorCodes.OUT_OF_SCOPE);
        assertThat(outOfScope.complaint()).isNull();

        WireComplaint mine = openComplaint("pemkot-bandung");
        ActionResult readOnly = ombudsman.act(note(mine.id(), mine.version(), "catatan ombudsman")).results().getFirst();
        assertThat(readOnly.outcome()).isEqualTo(ActionOutcome.REJECTED);
        assertThat(readOnly.error().code()).isEqualTo(ErrorCodes.ROLE_READ_ONLY);

        assertJsonError(officer.get("/api/v1/admin/complaints/" + mine.id() + "/actions"), 403, ErrorCodes.FORBIDDEN);
        assertJsonError(ombudsman.post("/api/v1/admin/complaints/" + mine.id() + "/archive", new AdminArchiveRequest("x")), 403, ErrorCodes.FORBIDDEN);
        assertThat(admin.get("/api/v1/admin/complaints/" + mine.id() + "/actions").as(AppliedActions.class).actions()).isEmpty();
    }

    @Test
    void adminMovesTheWorldAndRedirectRemovesFromScope() {
        ApiClient bandung = ApiClient.login(server.baseUri(), "penghubung");
        String cursor = bandung.pullAllCursor();
        AdminNewComplaint filed = new AdminNewComplaint("Lampu jalan mati di Jalan Dago", "Sudah dua minggu lampu jalan mati.",
                Classification.PENGADUAN, true, false, "pu.jalan", Channel.WEBSITE, null,
                new WireLocation("32", "Jawa Barat", "Kota Bandung", "Coblong", "Dago", "Jalan Ir. H. Juanda", null, null), null, null);
        ApiClient.Reply created = admin.post("/api/v1/admin/complaints", filed);
        assertThat(created.code()).isEqualTo(201);
        WireComplaint c = created.as(WireComplaint.class);
        assertThat(c.knownStatus()).isEqualTo(Status.BELUM_TERVERIFIKASI);
        assertThat(bandung.page(cursor, 100).items()).extracting(WireComplaint::id).doesNotContain(c.id());

        WireComplaint disposed = admin.post("/api/v1/admin/complaints/" + c.id() + "/dispose",
                new AdminDisposeRequest("pemkot-bandung", null, null, null, null)).as(WireComplaint.class);
        assertThat(disposed.knownStatus()).isEqualTo(Status.BELUM_DITINDAKLANJUTI);
        ChangesPage arrived = bandung.page(cursor, 100);
        assertThat(arrived.items()).extracting(WireComplaint::id).contains(c.id());
        assertThat(arrived.items().stream().filter(i -> i.id().equals(c.id())).findFirst().orElseThrow().reporter()).isNull();
        cursor = arrived.nextCursor();

        ActionResult notOurs = bandung.act(new WireAction(UUID.randomUUID().toString(), c.id(), disposed.version(),
                ActionType.NOT_AUTHORIZED, null, null, null, null, "Jalan provinsi", "pemprov-jabar", null)).results().getFirst();
        assertThat(notOurs.outcome()).isEqualTo(ActionOutcome.APPLIED);
        assertThat(notOurs.complaint().knownStatus()).isEqualTo(Status.BELUM_DITINDAKLANJUTI);

        WireComplaint moved = admin.post("/api/v1/admin/complaints/" + c.id() + "/redirect",
                new AdminRedirectRequest("pemprov-jabar", "Kewenangan provinsi")).as(WireComplaint.class);
        assertThat(moved.agency().id()).isEqualTo("pemprov-jabar");
        ChangesPage gone = bandung.page(cursor, 100);
        assertThat(gone.removed()).contains(c.id());
        assertThat(gone.items()).extracting(WireComplaint::id).doesNotContain(c.id());
        ApiClient jabar = ApiClient.login(server.baseUri(), "penghubung.jabar");
        assertThat(jabar.pullAll(1000)).containsKey(c.id());

        WireComplaint archived = admin.post("/api/v1/admin/complaints/" + c.id() + "/archive",
                new AdminArchiveRequest("Laporan ganda")).as(WireComplaint.class);
        assertThat(archived.knownStatus()).isEqualTo(Status.ARSIP);
        assertJsonError(admin.post("/api/v1/admin/complaints/" + c.id() + "/archive", new AdminArchiveRequest("lagi")), 400,
                ErrorCodes.STATUS_NOT_ALLOWED);
        assertJsonError(admin.get("/api/v1/admin/complaints/..%2F..%2Fetc%2Fpasswd/actions"), 400, ErrorCodes.INVALID_ID);
        assertJsonError(admin.get("/api/v1/admin/complaints/" + UUID.randomUUID() + "/actions"), 404, ErrorCodes.NOT_FOUND);
        ApiClient.Reply bad = admin.post("/api/v1/admin/complaints", new AdminNewComplaint("", "x", null, true, false, "nope",
                Channel.SMS_1708, null, null, new WireReporter("Nama", null, null, null), null));
        assertJsonError(bad, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(bad.json().path("error").path("fields").size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void reporterAndLocationFieldsOverTheContractsLimitsAreRefused() {
        String tooLong = "N".repeat(id.penghubung.model.FieldLimits.SHORT + 500);
        WireLocation place = new WireLocation("32", "Jawa Barat", "Kota Bandung", "Coblong", "Dago", "Jalan Juanda", null, null);
        WireLocation longPlace = new WireLocation("32", "Jawa Barat", "Kota Bandung", tooLong, "Dago",
                "J".repeat(id.penghubung.model.FieldLimits.TITLE + 1), null, null);
        ApiClient.Reply longName = admin.post("/api/v1/admin/complaints", new AdminNewComplaint("Judul", "Isi", Classification.PENGADUAN,
                false, false, "pu.jalan", Channel.WEBSITE, null, place,
                new WireReporter(tooLong, tooLong, tooLong + "@contoh.id", tooLong), null));
        assertJsonError(longName, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(longName.json().path("error").path("fields").fieldNames()).toIterable()
                .contains("reporter.name", "reporter.phone", "reporter.email", "reporter.nik");
        ApiClient.Reply longLocation = admin.post("/api/v1/admin/complaints", new AdminNewComplaint("Judul", "Isi",
                Classification.PENGADUAN, true, false, "pu.jalan", Channel.WEBSITE, null, longPlace, null, null));
        assertJsonError(longLocation, 400, ErrorCodes.VALIDATION_FAILED);
        assertThat(longLocation.json().path("error").path("fields").fieldNames()).toIterable()
                .contains("location.district", "location.detail");
        // At the limit it is accepted.
        String atLimit = "N".repeat(id.penghubung.model.FieldLimits.SHORT);
        assertThat(admin.post("/api/v1/admin/complaints", new AdminNewComplaint("Judul", "Isi", Classification.PENGADUAN,
                false, false, "pu.jalan", Channel.WEBSITE, null, place, new WireReporter(atLimit, null, null, null), null))
                .code()).isEqualTo(201);
    }

    // ------------------------------------------------------------------ attachments, reference, transport

    @Test
    void attachmentsAreCheckedStoredAndServedWithRanges() {
        byte[] pdf = SampleFiles.pdf("Foto bukti perbaikan jalan");
        String sha = SampleFiles.sha256(pdf);
        ApiClient.Reply put = upload(sha, pdf, "application/pdf", "bukti.pdf");
        assertThat(put.code()).isIn(200, 201);
        WireAttachment meta = put.as(WireAttachment.class);
        assertThat(meta.size()).isEqualTo(pdf.length);
        assertThat(meta.fileName()).isEqualTo("bukti.pdf");
        assertThat(upload(sha, pdf, "application/pdf", "bukti.pdf").code()).isEqualTo(200);

        ApiClient.Reply full = officer.get("/api/v1/attachments/" + sha);
        assertThat(full.code()).isEqualTo(200);
        assertThat(full.body().getBytes(StandardCharsets.ISO_8859_1)).hasSize(pdf.length);
        assertThat(full.headers().get("accept-ranges")).isEqualTo("bytes");

        ApiClient.Reply part = officer.send(new Request.Builder().url(server.baseUri() + "/api/v1/attachments/" + sha).header("Range", "bytes=10-19"));
        assertThat(part.code()).isEqualTo(206);
        assertThat(part.headers().get("content-range")).isEqualTo("bytes 10-19/" + pdf.length);
        assertThat(part.body()).isEqualTo(new String(pdf, 10, 10, StandardCharsets.ISO_8859_1));
        ApiClient.Reply tail = officer.send(new Request.Builder().url(server.baseUri() + "/api/v1/attachments/" + sha).header("Range", "bytes=" + (pdf.length - 6) + "-"));
        assertThat(tail.code()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo("%%EOF\n");
        ApiClient.Reply beyond = officer.send(new Request.Builder().url(server.baseUri() + "/api/v1/attachments/" + sha).header("Range", "bytes=999999-"));
        assertJsonError(beyond, 416, ErrorCodes.BAD_RANGE);

        // The uploaded file can now be attached to a response.
        WireComplaint c = openComplaint("pemkot-bandung");
        ActionResult r = officer.act(new WireAction(UUID.randomUUID().toString(), c.id(), c.version(), ActionType.RESPOND,
                "Terlampir bukti perbaikan.", List.of(sha), null, null, null, null, null)).results().getFirst();
        assertThat(r.outcome()).isEqualTo(ActionOutcome.APPLIED);
        assertThat(r.complaint().events().getLast().attachments()).extracting(WireAttachment::sha256).containsExactly(sha);
    }

    @Test
    void hostileUploadsAreRefused() {
        byte[] pdf = SampleFiles.pdf("lain");
        String sha = SampleFiles.sha256(pdf);
        assertJsonError(upload("f".repeat(64), pdf, "application/pdf", null), 400, ErrorCodes.HASH_MISMATCH);
        assertJsonError(upload(sha, pdf, "text/html", null), 400, ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
        byte[] fake = "MZ this is not a png".getBytes(StandardCharsets.UTF_8);
        assertJsonError(upload(SampleFiles.sha256(fake), fake, "image/png", null), 400, ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
        byte[] big = new byte[300 * 1024];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        assertJsonError(upload(SampleFiles.sha256(big), big, "application/pdf", null), 413, ErrorCodes.PAYLOAD_TOO_LARGE);
        assertJsonError(officer.get("/api/v1/attachments/..%2F..%2Fcentral.db"), 400, ErrorCodes.INVALID_ID);
        assertJsonError(officer.get("/api/v1/attachments/ABC"), 400, ErrorCodes.INVALID_ID);
        assertJsonError(officer.get("/api/v1/attachments/" + "e".repeat(64)), 404, ErrorCodes.NOT_FOUND);
        ApiClient.Reply named = upload(sha, pdf, "application/pdf", "../../rahasia/../x.pdf");
        assertThat(named.as(WireAttachment.class).fileName()).isEqualTo("x.pdf");
    }

    private static ApiClient.Reply upload(String sha, byte[] bytes, String type, String name) {
        String url = server.baseUri() + "/api/v1/attachments/" + sha + (name == null ? "" : "?fileName=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
        return officer.send(new Request.Builder().url(url).put(RequestBody.create(bytes, MediaType.get(type))));
    }

    @Test
    void referenceDataIsComplete() {
        ReferenceData ref = officer.get("/api/v1/reference").as(ReferenceData.class);
        assertThat(ref.units()).isNotEmpty().allSatisfy(u -> assertThat(u.agencyId()).isEqualTo("pemkot-bandung"));
        assertThat(ref.categories()).isNotEmpty();
        assertThat(ref.categories().getFirst().children()).isNotEmpty();
        assertThat(ref.institutions().size()).isGreaterThanOrEqualTo(6);
        assertThat(ref.templates()).anySatisfy(t -> assertThat(t.body()).contains("{trackingId}", "{reporterName}"));
        assertThat(ref.slaPolicy().verificationWorkingDays()).isEqualTo(3);
        assertThat(ref.slaPolicy().followUpWorkingDays()).isEqualTo(5);
        assertThat(ref.slaPolicy().autoFinishWorkingDays()).isEqualTo(10);
        assertThat(ref.slaPolicy().completionDays()).isEqualTo(60);
        assertThat(ref.calendar()).hasSizeGreaterThan(200);
        assertThat(ref.calendar()).anySatisfy(d -> assertThat(d.kind()).isEqualTo("CUTI_BERSAMA"));
        assertThat(ombudsman.get("/api/v1/reference").as(ReferenceData.class).units()).isEmpty();
    }

    @Test
    void responsesAreGzippedWhenAccepted() throws IOException {
        Request request = new Request.Builder().url(server.baseUri() + "/api/v1/changes?limit=200")
                .header("Authorization", "Bearer " + officer.token).header("Accept-Encoding", "gzip").build();
        try (Response response = ApiClient.HTTP.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
            byte[] compressed = response.body().bytes();
            byte[] plain = new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes();
            assertThat(plain.length).isGreaterThan(compressed.length * 3);
            assertThat(id.penghubung.protocol.Json.lenient().readValue(plain, ChangesPage.class).items()).isNotEmpty();
        }
    }

    @Test
    void sameSeedGivesTheSameWorld() throws IOException {
        MutableClock fixed = new MutableClock(Instant.parse("2026-03-02T03:00:00Z"));
        try (CentralServer a = CentralServer.start(CentralConfig.forTests(60).withSeed(7).withClock(fixed));
                CentralServer b = CentralServer.start(CentralConfig.forTests(60).withSeed(7).withClock(fixed));
                CentralServer c = CentralServer.start(CentralConfig.forTests(60).withSeed(8).withClock(fixed))) {
            List<WireComplaint> wa = List.copyOf(ApiClient.login(a.baseUri(), "admin").pullAll(1000).values());
            List<WireComplaint> wb = List.copyOf(ApiClient.login(b.baseUri(), "admin").pullAll(1000).values());
            List<WireComplaint> wc = List.copyOf(ApiClient.login(c.baseUri(), "admin").pullAll(1000).values());
            assertThat(wa).hasSize(60).isEqualTo(wb);
            assertThat(wc).isNotEqualTo(wa);
            assertThat(wa).allSatisfy(x -> assertThat(x.events()).allSatisfy(e -> assertThat(e.at()).isBefore(fixed.instant())));
        }
    }

    @Test
    void closedServerRefusesConnections() throws IOException {
        CentralServer s = CentralServer.start(CentralConfig.forTests(5));
        ApiClient client = ApiClient.login(s.baseUri(), "admin");
        s.close();
        assertThatThrownBy(() -> client.get("/api/v1/reference")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void faultsBreakTheClientApiButNeverTheAdminApi() throws IOException {
        try (CentralServer dropping = CentralServer.start(CentralConfig.forTests(50).withFaults(FaultSpec.parse("dropAfterCommit=1")))) {
            ApiClient adminClient = ApiClient.login(dropping.baseUri(), "admin");
            ApiClient bandung = ApiClient.login(dropping.baseUri(), "penghubung");
            WireComplaint c = bandung.pullAll(1000).values().stream()
                    .filter(x -> x.knownStatus() == Status.PROSES || x.knownStatus() == Status.BELUM_DITINDAKLANJUTI).findFirst().orElseThrow();
            WireAction action = note(c.id(), c.version(), "terkirim walau jawaban hilang");
            assertThatThrownBy(() -> bandung.act(action)).isInstanceOf(UncheckedIOException.class);
            AppliedActions applied = adminClient.get("/api/v1/admin/complaints/" + c.id() + "/actions").as(AppliedActions.class);
            assertThat(applied.actions()).extracting(a -> a.actionId()).containsExactly(action.actionId());
            assertThatThrownBy(() -> bandung.act(action)).isInstanceOf(UncheckedIOException.class);
            assertThat(adminClient.get("/api/v1/admin/complaints/" + c.id() + "/actions").as(AppliedActions.class).actions()).hasSize(1);
        }
        try (CentralServer failing = CentralServer.start(CentralConfig.forTests(5).withFaults(FaultSpec.parse("error500=1")))) {
            ApiClient.Reply r = new ApiClient(failing.baseUri()).post("/api/v1/auth/login", new LoginRequest("admin", "latihan123"));
            assertJsonError(r, 500, ErrorCodes.INTERNAL);
        }
        try (CentralServer cutting = CentralServer.start(CentralConfig.forTests(30).withFaults(FaultSpec.parse("truncate=1,latency=5-10ms")))) {
            assertThatThrownBy(() -> new ApiClient(cutting.baseUri()).post("/api/v1/auth/login", new LoginRequest("admin", "latihan123")))
                    .isInstanceOf(UncheckedIOException.class);
        }
        try (CentralServer limited = CentralServer.start(CentralConfig.forTests(5).withFaults(FaultSpec.parse("rate429=1")))) {
            ApiClient.Reply r = new ApiClient(limited.baseUri()).post("/api/v1/auth/login", new LoginRequest("admin", "latihan123"));
            assertJsonError(r, 429, ErrorCodes.RATE_LIMITED);
            assertThat(r.headers().get("retry-after")).isEqualTo("1");
        }
        assertThatThrownBy(() -> FaultSpec.parse("explode=1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FaultSpec.parse("latency=20-400ms,error500=0.05,dropAfterCommit=0.1,truncate=0.02"))
                .isEqualTo(new FaultSpec(20, 400, 0.05, 0.1, 0.02, 0));
    }

    @Test
    void faultDecisionsAreDeterministicForASeed() {
        FaultSpec spec = FaultSpec.parse("latency=20-400ms,error500=0.3,dropAfterCommit=0.3,truncate=0.3");
        Faults a = new Faults(spec, 42);
        Faults b = new Faults(spec, 42);
        Set<Boolean> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Faults.Decision da = a.next();
            assertThat(da).isEqualTo(b.next());
            assertThat(da.latencyMs()).isBetween(20L, 400L);
            seen.add(da.error500());
        }
        assertThat(seen).containsExactlyInAnyOrder(true, false);
    }

    /** The constants of an open enum other than OTHER. */
    @SafeVarargs
    private static <E extends Enum<E>> E[] known(E... values) {
        return java.util.Arrays.stream(values).filter(v -> !v.name().equals("OTHER"))
                .toArray(n -> java.util.Arrays.copyOf(values, n));
    }
}
