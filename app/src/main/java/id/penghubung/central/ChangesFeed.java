package id.penghubung.central;

import com.fasterxml.jackson.core.JsonGenerator;
import id.penghubung.model.Role;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.Endpoints;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /changes}: one page of the caller's scope after a cursor, written as stored JSON where it can be. */
final class ChangesFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangesFeed.class);
    private static final int DEFAULT_LIMIT = 500;
    private static final int MAX_LIMIT = Endpoints.MAX_CHANGES_LIMIT;

    private final CentralDatabase db;
    private final String worldId;

    ChangesFeed(CentralDatabase db, String worldId) {
        this.db = db;
        this.worldId = worldId;
    }
    RawJson page(Principal p, Map<String, String> query) throws SQLException {
        long after = decodeCursor(query.get("cursor"));
        int limit = DEFAULT_LIMIT;
        String rawLimit = query.get("limit");
        if (rawLimit != null) {
            try {
                limit = Integer.parseInt(rawLimit);
            } catch (NumberFormatException e) {
                throw CentralServer.invalidParam("limit", "an integer from 1 to " + MAX_LIMIT);
            }
            if (limit < 1) {
                throw CentralServer.invalidParam("limit", "an integer from 1 to " + MAX_LIMIT);
            }
            limit = Math.min(limit, MAX_LIMIT);
        }
        int pageSize = limit;
        return db.read(c -> {
            long snapshot = ComplaintStore.maxSeq(c);
            List<ComplaintStore.FeedRow> rows = new ArrayList<>(switch (p.role()) {
                case ADMIN -> ComplaintStore.complaintsAfter(c, null, null, after, pageSize + 1);
                case OFFICER, SUPERVISOR -> ComplaintStore.complaintsAfter(c, "agency_id", p.agencyId().orElse(""), after, pageSize + 1);
                case OMBUDSMAN -> ComplaintStore.complaintsAfter(c, "province_id", p.regionId().orElse(""), after, pageSize + 1);
            });
            if (p.role().actsForAgency()) {
                rows.addAll(ComplaintStore.removalsAfter(c, p.agencyId().orElse(""), after, pageSize + 1));
                rows.sort(Comparator.comparingLong(ComplaintStore.FeedRow::seq));
            }
            boolean hasMore = rows.size() > pageSize;
            List<ComplaintStore.FeedRow> page = hasMore ? rows.subList(0, pageSize) : rows;
            Set<String> itemIds = new HashSet<>();
            page.stream().filter(r -> !r.isRemoval()).forEach(r -> itemIds.add(r.complaintId()));
            List<String> removed = page.stream().filter(ComplaintStore.FeedRow::isRemoval).map(ComplaintStore.FeedRow::complaintId)
                    .filter(id -> !itemIds.contains(id)).distinct().toList();
            // A full page ends at its last row; the final page jumps to the snapshot's end, which is
            // safe because every row of this scope up to the snapshot has been delivered.
            long next = hasMore ? page.get(page.size() - 1).seq() : Math.max(after, snapshot);
            return writePage(p, page, removed, encodeCursor(next), hasMore);
        });
    }

    /**
     * Writes a {@link id.penghubung.protocol.ChangesPage} as JSON. A stored document is sent as stored (it is the wire form,
     * and an anonymous one never holds a reporter) unless it has internal notes this caller must
     * not see; only those are parsed and filtered.
     */
    private static RawJson writePage(Principal p, List<ComplaintStore.FeedRow> page, List<String> removed, String cursor,
            boolean hasMore) throws SQLException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(page.size() * 3000 + 256);
            try (JsonGenerator g = Json.lenient().createGenerator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("items");
                for (ComplaintStore.FeedRow row : page) {
                    if (row.isRemoval()) {
                        continue;
                    }
                    // A unit's coordination events are its agency's only (UnitActions.visibleTo): an officer's copy is filtered.
                    boolean coordination = p.role().actsForAgency() && row.doc().contains("\"unitStep\"");
                    if (row.notes() == null && !coordination || p.role() == Role.ADMIN) {
                        g.writeRawValue(row.doc());
                    } else if (!coordination && HiddenNotes.serves(p)) {
                        HiddenNotes.write(g, p, row.doc(), row.notes());
                    } else {
                        g.writeObject(row.parse().viewFor(p));
                    }
                }
                g.writeEndArray();
                g.writeArrayFieldStart("removed");
                for (String id : removed) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeStringField("nextCursor", cursor);
                g.writeBooleanField("hasMore", hasMore);
                g.writeEndObject();
            }
            return new RawJson(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response body already serialized (a {@link id.penghubung.protocol.ChangesPage}). */
    record RawJson(byte[] bytes) {

    }

    private String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + worldId + ":" + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The seq after which to read; a cursor of another world (the server was reset) is refused, so the client starts over. */
    private long decodeCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length == 3 && parts[0].equals("v1") && parts[1].equals(worldId)) {
                long seq = Long.parseLong(parts[2]);
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            LOG.debug("bad cursor", e);
        }
        throw new RequestException(400, new ApiError(ErrorCodes.INVALID_CURSOR, "Unknown cursor; start again without one",
                Map.of("cursor", "not a cursor of this server")), Map.of());
    }
}
