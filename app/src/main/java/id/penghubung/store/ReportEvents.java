package id.penghubung.store;

import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The events of one page of {@link ReportFacts}, read by one range query on the event table's primary
 * key (no join, no per-complaint query) into plain arrays, in the order of complaint row id and
 * sequence. {@link #of} hands out a complaint's events as the page's complaints come, in row-id order,
 * so only the complaints that can count get {@link Event} objects at all. Only the type, the time and
 * the actor's kind are read, and the text of a TIER_SET event alone (the completion tier the officer set, which
 * the completion clock runs by): no other texts, no names or attachments.
 */
final class ReportEvents {
    /**
     * Events no indicator reads: notes, the submission, the verification and internal dispositions (the
     * follow-up, completion and auto-finish clocks never stop or start on them), left in the file.
     */
    private static final Set<String> SILENT_NAMES = Set.of("NOTE", "SUBMITTED", "VERIFIED", "DISPOSED_TO_UNIT");
    private static final String SILENT = SILENT_NAMES.stream().sorted().map(n -> "'" + n + "'")
            .collect(Collectors.joining(", ", "(", ")"));
    /** The one text the indicators read: a TIER_SET event's tier ({@code CompletionRules}); null for every other event. */
    private static final String TIER_TEXT = "CASE WHEN type = 'TIER_SET' THEN text END";
    private static final String SQL = "SELECT complaint_rid, " + EnumCase.of("type", EventType.class) + ", at, "
            + EnumCase.of("actor_kind", ActorKind.class) + ", type, actor_kind, " + TIER_TEXT + " FROM event"
            + " WHERE complaint_rid > ? AND complaint_rid <= ? AND type NOT IN " + SILENT + " ORDER BY complaint_rid, seq";
    /** The same events for listed complaints (a JSON array of row ids): one key seek per complaint. */
    private static final String LISTED = "SELECT complaint_rid, " + EnumCase.of("type", EventType.class) + ", at, "
            + EnumCase.of("actor_kind", ActorKind.class) + ", type, actor_kind, " + TIER_TEXT + " FROM event"
            + " WHERE complaint_rid IN (SELECT value FROM json_each(?)) AND type NOT IN " + SILENT + " ORDER BY complaint_rid, seq";
    private static final EventType[] TYPES = EventType.values();
    private static final ActorKind[] KINDS = ActorKind.values();
    /** One actor per kind: the report reads no names, and an actor is a value. */
    private static final Map<ActorKind, Actor> ACTORS = actors();

    private long[] rids = new long[1024];
    private long[] ats = new long[1024];
    private EventType[] types = new EventType[1024];
    /** The name of each event whose type this version does not know ({@code OTHER}); null for the others. */
    private String[] unknown = new String[1024];
    private ActorKind[] kinds = new ActorKind[1024];
    /** A TIER_SET event's text; null for the others. */
    private String[] tiers = new String[1024];
    private int size;
    private int cursor;

    private ReportEvents() {
    }

    /** The non-silent events of the complaints with row ids in ({@code after}, {@code to}]. */
    static ReportEvents read(Db db, long after, long to) throws SQLException {
        PreparedStatement p = db.ps(SQL);
        p.setLong(1, after);
        p.setLong(2, to);
        return read(p);
    }

    /** The non-silent events of the complaints whose row ids {@code ridsJson} lists (a JSON array). */
    static ReportEvents readListed(Db db, String ridsJson) throws SQLException {
        PreparedStatement p = db.ps(LISTED);
        p.setString(1, ridsJson);
        return read(p);
    }

    private static ReportEvents read(PreparedStatement p) throws SQLException {
        ReportEvents out = new ReportEvents();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                int type = rs.getInt(2);
                int kind = rs.getInt(4);
                // The cache holds only kinds this version wrote; another fails as everywhere else (valueOf).
                ActorKind actor = kind == EnumCase.UNKNOWN ? ActorKind.valueOf(rs.getString(6)) : KINDS[kind];
                out.add(rs.getLong(1), EnumCase.constant(type, TYPES, EventType.OTHER), rs.getLong(3), actor,
                        type == EnumCase.UNKNOWN ? rs.getString(5) : null, rs.getString(7));
            }
        }
        return out;
    }

    private void add(long rid, EventType type, long at, ActorKind kind, String unknownName, String tier) {
        if (size == rids.length) {
            int grown = size * 2;
            rids = Arrays.copyOf(rids, grown);
            ats = Arrays.copyOf(ats, grown);
            types = Arrays.copyOf(types, grown);
            unknown = Arrays.copyOf(unknown, grown);
            kinds = Arrays.copyOf(kinds, grown);
            tiers = Arrays.copyOf(tiers, grown);
        }
        rids[size] = rid;
        ats[size] = at;
        types[size] = type;
        unknown[size] = unknownName;
        kinds[size] = kind;
        tiers[size] = tier;
        size++;
    }

    /**
     * The events of complaint {@code rid}, in sequence; calls must come in ascending row-id order (the
     * events of complaints skipped between two calls are passed over, never built).
     */
    List<Event> of(long rid) {
        while (cursor < size && rids[cursor] < rid) {
            cursor++;
        }
        int from = cursor;
        while (cursor < size && rids[cursor] == rid) {
            cursor++;
        }
        if (from == cursor) {
            return List.of();
        }
        List<Event> out = new ArrayList<>(cursor - from);
        for (int i = from; i < cursor; i++) {
            EventType type = types[i];
            String name = unknown[i] == null ? type.name() : unknown[i];
            String text = tiers[i] == null ? "" : tiers[i];
            out.add(new Event("", type, Instant.ofEpochMilli(ats[i]), ACTORS.get(kinds[i]), text, List.of(), name));
        }
        return out;
    }

    /** Whether an event named so is one the report leaves in the file ({@link #SILENT}). */
    static boolean silent(String typeName) {
        return SILENT_NAMES.contains(typeName);
    }

    /** An event as {@link #of} hands it out: its type, time and actor's kind, and a TIER_SET event's tier. */
    static Event asRead(Event e) {
        String text = e.type() == EventType.TIER_SET ? e.text() : "";
        return new Event("", e.type(), e.at(), ACTORS.get(e.actor().kind()), text, List.of(), e.typeName());
    }

    private static Map<ActorKind, Actor> actors() {
        Map<ActorKind, Actor> out = new EnumMap<>(ActorKind.class);
        for (ActorKind kind : ActorKind.values()) {
            out.put(kind, new Actor(kind, ""));
        }
        return out;
    }
}
