package id.penghubung.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.ActionType;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.JsonTree;
import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The integrity-and-rebuild room of {@link CaseStore}: checks the file, exports the officer's local
 * work (drafts, unapplied outbox entries, audit log) and replaces a damaged store with a fresh one
 * that re-imports it; the next pull refills the server's copy.
 */
final class Rebuild {
    private static final int EXPORT_FORMAT = 1;

    private final Db writer;
    private final Db reader;
    private final Sealing sealing;
    private final Clock clock;
    private final SearchIndex search;
    private final AuditLog audit;
    private final Outbox outbox;

    Rebuild(Db writer, Db reader, Sealing sealing, Clock clock, SearchIndex search, AuditLog audit, Outbox outbox) {
        this.writer = writer;
        this.reader = reader;
        this.sealing = sealing;
        this.clock = clock;
        this.search = search;
        this.audit = audit;
        this.outbox = outbox;
    }


    /** PRAGMA integrity_check and quick_check, plus the search index's checks; ok when all say so. */
    IntegrityReport integrityCheck() {
        List<String> searchProblems = search.integrityProblems();
        return writer.locked(() -> {
            List<String> problems = new ArrayList<>();
            for (String pragma : List.of("PRAGMA integrity_check", "PRAGMA quick_check")) {
                try (Statement s = writer.connection.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        if (!"ok".equals(line)) {
                            problems.add(pragma.substring(7) + ": " + line);
                        }
                    }
                } catch (SQLException e) {
                    problems.add(pragma.substring(7) + ": " + e.getMessage());
                }
            }
            problems.addAll(searchProblems);
            audit.problems().forEach(p -> problems.add("audit_log: " + p.messageKey() + " " + p.args()));
            return new IntegrityReport(problems.isEmpty(), problems);
        });
    }

    /**
     * Writes the officer's local work (drafts, outbox entries not yet applied, audit log) to a JSON
     * file, atomically (temporary file, then rename). Reads only those tables, so it works on a
     * cache whose complaint tables are damaged.
     */
    void exportLocalWork(Path target) {
        write(localWork(reader, sealing, outbox, clock, null), target);
    }

    /**
     * The local work read from {@code reader}, one table at a time. With {@code unreadable} given, a table (or
     * row) that cannot be read is named there and the rest is still read; without it, the first failure throws.
     */
    static ObjectNode localWork(Db reader, Sealing sealing, Outbox outbox, Clock clock, List<String> unreadable) {
        ObjectNode r = nothing(clock);
        ArrayNode drafts = (ArrayNode) r.get("drafts");
        section("draft", unreadable, () -> reader.read(() -> {
            try (ResultSet rs = reader.ps("SELECT complaint_id, kind, text, updated_at, orphaned FROM draft ORDER BY rowid")
                    .executeQuery()) {
                while (rs.next()) {
                    Draft d = Drafts.of(rs, sealing);
                    drafts.addObject().put("complaintId", d.complaintId()).put("kind", d.kind().name())
                            .put("text", d.text()).put("updatedAt", d.updatedAt().toEpochMilli());
                }
            }
            return null;
        }));
        ArrayNode queued = (ArrayNode) r.get("outbox");
        section("outbox", unreadable, () -> reader.read(() -> {
            for (OutboxEntry e : outbox.entries(reader.ps("SELECT " + Outbox.COLUMNS
                    + " FROM outbox WHERE state <> 'APPLIED' ORDER BY seq"))) {
                ObjectNode n = queued.addObject();
                n.put("actionId", e.actionId().toString()).put("complaintId", e.complaintId())
                        .put("baseVersion", e.baseVersion()).put("state", e.state().name()).put("attempts", e.attempts())
                        .put("createdAt", e.createdAt().toEpochMilli());
                e.lastError().ifPresent(v -> n.put("lastError", v));
                e.serverAnswerJson().ifPresent(v -> n.put("serverAnswer", v));
                n.set("action", ActionCodec.toTree(e.action()));
            }
            return null;
        }));
        ArrayNode trail = (ArrayNode) r.get("audit");
        section("audit_log", unreadable, () -> reader.read(() -> {
            try (ResultSet rs = reader.ps("SELECT at, account, action, detail FROM audit_log ORDER BY seq").executeQuery()) {
                while (rs.next()) {
                    trail.addObject().put("at", rs.getLong(1)).put("account", rs.getString(2))
                            .put("action", rs.getString(3)).put("detail", rs.getString(4));
                }
            }
            return null;
        }));
        return r;
    }

    /** Local work with nothing in it, in the export's format. */
    static ObjectNode nothing(Clock clock) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("format", EXPORT_FORMAT);
        r.put("exportedAt", clock.instant().toString());
        r.putArray("drafts");
        r.putArray("outbox");
        r.putArray("audit");
        return r;
    }

    private static void section(String table, List<String> unreadable, Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            if (unreadable == null) {
                throw e;
            }
            unreadable.add(table);
        }
    }

    static void write(ObjectNode localWork, Path target) {
        try {
            // Drafts are in the clear in this file: owner-only from its first byte.
            OwnerOnly.replace(target, JsonTree.writer().writeValueAsBytes(localWork));
        } catch (IOException e) {
            throw new StoreException("store.error.io", e, target.toString());
        }
    }

    /**
     * Replaces a damaged store: moves the file (and its -wal/-shm) aside as
     * {@code <name>.damaged-<time>}, creates a fresh store and re-imports the local work exported by
     * {@link #exportLocalWork}. The cursor starts empty, so the next pull refills the cache.
     */
    static CaseStore replace(Path damagedFile, Path exportFile, DeadlineIndex deadlines, Clock clock, FieldCipher cipher) {
        JsonNode root;
        try {
            root = JsonTree.read(exportFile);
        } catch (IOException e) {
            throw new StoreException("store.error.io", e, exportFile.toString());
        }
        if (root == null || root.path("format").asInt() != EXPORT_FORMAT) {
            throw new StoreException("store.error.badExport", null, exportFile.toString());
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path f = Path.of(damagedFile.toAbsolutePath() + suffix);
                if (Files.exists(f)) {
                    Files.move(f, Path.of(damagedFile.toAbsolutePath() + ".damaged-" + stamp + suffix));
                }
            }
            // The search index is derived: the fresh store rebuilds it as the pull refills the cache.
            SearchIndex.delete(damagedFile);
        } catch (IOException e) {
            throw new StoreException("store.error.io", e, damagedFile.toString());
        }
        CaseStore store = CaseStore.open(damagedFile, deadlines, clock, cipher);
        try {
            store.rebuild.importLocalWork(root);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    void importLocalWork(JsonNode root) {
        writer.tx(() -> {
            for (JsonNode d : root.path("drafts")) {
                PreparedStatement p = writer.ps("INSERT OR REPLACE INTO draft (complaint_id, kind, text, updated_at, orphaned, enc)"
                        + " VALUES (?, ?, ?, ?, 1, ?)");
                String complaintId = d.path("complaintId").asText();
                String kind = ActionType.valueOf(d.path("kind").asText()).name();
                p.setString(1, complaintId);
                p.setString(2, kind);
                sealing.bind(p, 3, Texts.clean("draft", d.path("text").asText(), Texts.MAX_DRAFT), Sealing.draft(complaintId, kind));
                p.setLong(4, d.path("updatedAt").asLong());
                p.setInt(5, sealing.encFlag());
                p.executeUpdate();
            }
            for (JsonNode n : root.path("outbox")) {
                OfficerAction action = ActionCodec.fromTree(n.path("action"));
                outbox.insert(UUID.fromString(n.path("actionId").asText()), n.path("complaintId").asText(),
                        n.path("baseVersion").asLong(), action.type(), IntakeOutbox.payload(action, n.path("actionId").asText(), sealing),
                        OutboxState.valueOf(n.path("state").asText()), n.path("attempts").asInt(),
                        n.hasNonNull("lastError") ? n.get("lastError").asText() : null,
                        Instant.ofEpochMilli(n.path("createdAt").asLong()),
                        n.hasNonNull("serverAnswer") ? n.get("serverAnswer").asText() : null, null);
            }
            for (JsonNode a : root.path("audit")) {
                audit.append(Instant.ofEpochMilli(a.path("at").asLong()), a.path("account").asText(),
                        a.path("action").asText(), a.path("detail").asText());
            }
            return null;
        });
    }
}
