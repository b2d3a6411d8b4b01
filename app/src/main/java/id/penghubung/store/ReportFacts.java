package id.penghubung.store;

import id.penghubung.model.AgencyRef;
import id.penghubung.model.Category;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.Location;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import id.penghubung.model.UnitRef;
import id.penghubung.model.report.ComplaintFacts;
import id.penghubung.model.report.FactsOf;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.sla.DeadlineCalculator;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the facts the indicators need ({@link ComplaintFacts}) from the cache, a page of
 * {@value #PAGE} complaints at a time (keyset pages on the row id, as {@code CachePages}): per page
 * one range query on the event table's key for the events' type, time and actor kind
 * ({@link ReportEvents}, no join) and one on the complaint table — no bodies, texts, attachments or
 * identities, so it needs no key and memory stays one page; enum columns arrive as ordinals
 * ({@link EnumCase}). The reader maps the whole file (up to SQLite's ceiling) instead of the store's
 * 256 MiB, so a year's walk reads its pages without a system call each. Rows are grouped by
 * institution, internal unit, category or regency ({@link ReportGrouping}). Its own reader
 * connection, like {@link DashboardQueries}, so the inbox is never held by a year's count.
 */
public final class ReportFacts implements AutoCloseable {
    static final int PAGE = 4_000;
    /** SQLite's own ceiling for a memory map (larger values are cut to it). */
    static final long MAP_BYTES = 0x7fff0000L;
    /**
     * The complaints that can count at all: submitted before the report's moment. Of those, a complaint
     * closed now whose every instant the facts read (submission, disposition, events) lies before the
     * period has nothing left to count and is passed over in the page ({@link #mayCount}), without a
     * query of its own.
     */
    private static final String CAN_COUNT = " c.rid > ? AND c.rid <= ? AND c.submitted_at < ?";
    private static final String COLUMNS = "c.rid, c.id, c.tracking_id, c.version, c.title, c.classification, c.confidential,"
            + " c.category_id, c.category_name, c.category_parent_id, c.channel, c.status, c.submitted_at, c.disposed_at,"
            + " c.province_id, c.province, c.regency, c.agency_id, c.agency_name, c.unit_id, c.unit_agency_id, c.unit_name, "
            + EnumCase.of("c.classification", Classification.class) + ", " + EnumCase.of("c.channel", Channel.class) + ", "
            + EnumCase.of("c.status", Status.class) + ", c.open";
    private static final Classification[] CLASSIFICATIONS = Classification.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final Status[] STATUSES = Status.values();

    private final Db db;

    private ReportFacts(Db db) {
        this.db = db;
    }

    /** Opens a reader on the store's file; the store must have created it. */
    public static ReportFacts open(CaseStore store) {
        return open(store.file());
    }

    public static ReportFacts open(Path storeFile) {
        Objects.requireNonNull(storeFile, "storeFile");
        Db db = Db.reader(storeFile);
        try {
            db.locked(() -> {
                db.exec("PRAGMA mmap_size = " + MAP_BYTES);
                return null;
            });
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new ReportFacts(db);
    }

    /** The whole report for a period: every complaint's facts at the report's moment, added up. */
    public IndicatorReport report(ReportPeriod period, ReportGrouping by, DeadlineCalculator calculator, Instant now) {
        ReportBuilder builder = new ReportBuilder(period, by, calculator.calendar(), now);
        forEach(by, calculator, period.start(calculator.calendar().zone()), builder.asOf(), builder::add);
        return builder.build();
    }

    /** Hands each complaint submitted before {@code asOf} to {@code sink} as its facts at that moment. */
    public void forEach(ReportGrouping by, DeadlineCalculator calculator, Instant asOf, Consumer<ComplaintFacts> sink) {
        forEach(by, calculator, Instant.MIN, asOf, sink);
    }

    /**
     * As above, leaving out complaints closed before {@code periodStart} (they count nowhere in a
     * period that starts later).
     */
    public void forEach(ReportGrouping by, DeadlineCalculator calculator, Instant periodStart, Instant asOf,
            Consumer<ComplaintFacts> sink) {
        forEach(by, calculator, periodStart, asOf, 0, Long.MAX_VALUE, sink);
    }

    /**
     * As above, over the complaints with row ids in ({@code afterRid}, {@code toRid}] only: one part of a
     * walk split over several readers ({@link SplitWalk}).
     */
    public void forEach(ReportGrouping by, DeadlineCalculator calculator, Instant periodStart, Instant asOf,
            long afterRid, long toRid, Consumer<ComplaintFacts> sink) {
        long since = periodStart.equals(Instant.MIN) ? Long.MIN_VALUE : periodStart.toEpochMilli();
        long after = afterRid;
        while (after < toRid) {
            long from = after;
            Page page = db.read(() -> page(from, toRid, since, asOf, by));
            if (page.lastRid() == 0) {
                return;
            }
            for (Complaint c : page.complaints()) {
                sink.accept(FactsOf.of(c, by, calculator, asOf));
            }
            after = page.lastRid();
        }
    }

    /** Listed complaints as the walk reads them, with their row ids (in the same order). */
    record Listed(List<Long> rids, List<Complaint> complaints) {
    }

    /**
     * The complaints {@code rids[from, to)} (ascending) submitted before {@code asOf}, each built from its row
     * and its events exactly as a page of the walk builds it: on any connection (the writer fills the facts
     * table with it inside its own transaction, {@link FactRows}; {@link TrendFacts} reads the complaints
     * that table does not cover with it).
     */
    static Listed listed(Db db, long[] rids, int from, int to, Instant asOf, ReportGrouping by) throws SQLException {
        StringBuilder json = new StringBuilder(16 * (to - from) + 2).append('[');
        for (int i = from; i < to; i++) {
            json.append(i == from ? "" : ",").append(rids[i]);
        }
        String list = json.append(']').toString();
        ReportEvents events = ReportEvents.readListed(db, list);
        PreparedStatement p = db.ps("SELECT " + COLUMNS + " FROM complaint c WHERE c.rid IN (SELECT value FROM json_each(?))"
                + " AND c.submitted_at < ? ORDER BY c.rid");
        p.setString(1, list);
        p.setLong(2, asOf.toEpochMilli());
        List<Long> ids = new ArrayList<>(to - from);
        List<Complaint> out = new ArrayList<>(to - from);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long rid = rs.getLong(1);
                ids.add(rid);
                out.add(complaint(rs, by, events.of(rid)));
            }
        }
        return new Listed(ids, out);
    }

    /** One page's complaints and the row id it ends at (0: the walk is over). */
    private record Page(List<Complaint> complaints, long lastRid) {
    }

    /** The highest row id of a complaint (0: none), where the last part of a split walk ends. */
    public long lastRowId() {
        return db.read(() -> {
            try (ResultSet rs = db.ps("SELECT max(rid) FROM complaint").executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private Page page(long after, long last, long since, Instant asOf, ReportGrouping by) throws SQLException {
        // The page is the next PAGE row ids from the first one left: a seek, where counting PAGE rows
        // would walk the complaint table's pages once more (row ids are dense; a gap only makes a page smaller).
        PreparedStatement first = db.ps("SELECT min(rid) FROM complaint WHERE rid > ?");
        first.setLong(1, after);
        long to;
        try (ResultSet rs = first.executeQuery()) {
            long start = rs.next() ? rs.getLong(1) : 0;
            if (rs.wasNull() || start == 0 || start > last) {
                return new Page(List.of(), 0);
            }
            to = Math.min(last, start > Long.MAX_VALUE - PAGE ? Long.MAX_VALUE : start + PAGE - 1);
        }
        ReportEvents events = ReportEvents.read(db, after, to);
        PreparedStatement p = db.ps("SELECT " + COLUMNS + " FROM complaint c WHERE" + CAN_COUNT + " ORDER BY rid");
        p.setLong(1, after);
        p.setLong(2, to);
        p.setLong(3, asOf.toEpochMilli());
        List<Complaint> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                List<Event> chronology = events.of(rs.getLong(1));
                if (mayCount(rs, chronology, since)) {
                    out.add(complaint(rs, by, chronology));
                }
            }
        }
        return new Page(out, to);
    }

    /**
     * Open now, or an instant the facts are made of (submission, disposition, an event) at or after
     * {@code since}: every other complaint was closed, with all its clocks, before the period began.
     */
    private static boolean mayCount(ResultSet rs, List<Event> chronology, long since) throws SQLException {
        if (since == Long.MIN_VALUE || rs.getInt(26) != 0 || rs.getLong(13) >= since || rs.getLong(14) >= since) {
            return true;
        }
        for (Event e : chronology) {
            if (e.at().toEpochMilli() >= since) {
                return true;
            }
        }
        return false;
    }

    /**
     * The complaint as far as the indicators read it: its clocks' fields, its title and the grouping's
     * own columns; other names are left empty (no string is made for them).
     */
    private static Complaint complaint(ResultSet rs, ReportGrouping by, List<Event> events) throws SQLException {
        String agencyId = rs.getString(18);
        String unitId = by == ReportGrouping.UNIT ? rs.getString(20) : null;
        long disposed = rs.getLong(14);
        Optional<Instant> disposedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(disposed));
        Category category = by == ReportGrouping.CATEGORY ? new Category(rs.getString(8), rs.getString(9), Optional.empty())
                : NO_CATEGORY;
        String regency = by == ReportGrouping.REGENCY ? rs.getString(17) : "";
        Classification classification = EnumCase.constant(rs.getInt(23), CLASSIFICATIONS, Classification.OTHER);
        Channel channel = EnumCase.constant(rs.getInt(24), CHANNELS, Channel.OTHER);
        Status status = EnumCase.constant(rs.getInt(25), STATUSES, Status.OTHER);
        // Values this version does not know keep the names they arrived with.
        Map<String, String> received = status == Status.OTHER || channel == Channel.OTHER || classification == Classification.OTHER
                ? Map.of(Complaint.STATUS, rs.getString(12), Complaint.CHANNEL, rs.getString(11),
                        Complaint.CLASSIFICATION, rs.getString(6))
                : Map.of();
        return new Complaint(rs.getString(2), new TrackingId(rs.getString(3)), rs.getLong(4), rs.getString(5), "",
                classification, false, rs.getInt(7) != 0, category, channel, status,
                Instant.ofEpochMilli(rs.getLong(13)), disposedAt, Optional.empty(),
                new Location("", "", regency, "", "", "", Optional.empty()),
                agencyId == null ? Optional.empty()
                        : Optional.of(new AgencyRef(agencyId, by == ReportGrouping.INSTITUTION ? rs.getString(19) : "")),
                unitId == null ? Optional.empty() : Optional.of(new UnitRef(unitId, rs.getString(21), rs.getString(22))),
                Optional.empty(), List.of(), events, received);
    }

    /**
     * A complaint as this reader reads it back by institution ({@link #complaint} over its row and
     * {@link ReportEvents}): the events no indicator reads left out, the others without texts, names or
     * attachments, and no body, category, place, unit, reporter or attachments. What the writer turns into
     * the facts of a complaint it has just written ({@link FactRows}), without reading it again.
     */
    static Complaint asRead(Complaint c) {
        List<Event> events = new ArrayList<>(c.events().size());
        for (Event e : c.events()) {
            if (!ReportEvents.silent(e.typeName())) {
                events.add(ReportEvents.asRead(e));
            }
        }
        return new Complaint(c.id(), c.trackingId(), c.version(), c.title(), "", c.classification(), false, c.confidential(),
                NO_CATEGORY, c.channel(), c.status(), c.submittedAt(), c.disposedAt(), Optional.empty(),
                new Location("", "", "", "", "", "", Optional.empty()), c.agency(), Optional.empty(), Optional.empty(), List.of(),
                events, c.asReceived());
    }

    private static final Category NO_CATEGORY = Category.root("", "");

    @Override
    public void close() {
        db.close();
    }
}
