package id.penghubung.store;

import id.penghubung.model.Complaint;
import id.penghubung.model.OpenValues;
import id.penghubung.model.Status;
import id.penghubung.model.UnitRef;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Small aggregate queries for the desk's dashboard and filter lists, on their own read-only
 * connection to a case store's file (WAL: they read the last committed state while a sync writes).
 * Kept apart from {@link CaseStore} so the inbox's connection is never held by a slow aggregate.
 * Thread-safe (one lock, like the store's reader).
 */
public final class DashboardQueries implements AutoCloseable {
    /** A group and how many complaints it holds. */
    public record Bucket(String id, String name, int count) {
    }

    private final Db db;

    private DashboardQueries(Db db) {
        this.db = db;
    }

    /** Opens a reader on the store's file; the store must have created it. */
    public static DashboardQueries open(CaseStore store) {
        return open(store.file());
    }

    public static DashboardQueries open(Path storeFile) {
        Objects.requireNonNull(storeFile, "storeFile");
        return new DashboardQueries(Db.reader(storeFile));
    }

    /** Complaints by status; every status present, zero when none; statuses this version does not know add up under OTHER. */
    public Map<Status, Integer> countsByStatus() {
        return db.read(() -> {
            Map<Status, Integer> out = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                out.put(s, 0);
            }
            try (ResultSet rs = db.ps("SELECT status, count(*) FROM complaint GROUP BY status").executeQuery()) {
                while (rs.next()) {
                    out.merge(OpenValues.parse(Status.class, rs.getString(1)), rs.getInt(2), Integer::sum);
                }
            }
            return out;
        });
    }

    /** Complaints by category, largest first, at most {@code limit} groups. */
    public List<Bucket> byCategory(int limit) {
        return largest("SELECT category_id, count(*) FROM complaint GROUP BY category_id",
                "SELECT category_name FROM complaint WHERE category_id IS ? LIMIT 1", limit);
    }

    /** Complaints by unit (those not yet disposed to a unit are left out), largest first. */
    public List<Bucket> byUnit(int limit) {
        return largest("SELECT unit_id, count(*) FROM complaint WHERE unit_id IS NOT NULL GROUP BY unit_id",
                "SELECT unit_name FROM complaint WHERE unit_id = ? LIMIT 1", limit);
    }

    /**
     * The largest groups, counted on the group column's own index alone (the names are no index's
     * columns: reading them per row would visit every complaint), then one name per group, ordered
     * by count, then name, as {@code ORDER BY n DESC, name}.
     */
    private List<Bucket> largest(String countSql, String nameSql, int limit) {
        return db.read(() -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (ResultSet rs = db.ps(countSql).executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            PreparedStatement name = db.ps(nameSql);
            List<Bucket> out = new ArrayList<>();
            for (Map.Entry<String, Integer> group : counts.entrySet()) {
                name.setString(1, group.getKey());
                try (ResultSet rs = name.executeQuery()) {
                    out.add(new Bucket(group.getKey(), rs.next() ? rs.getString(1) : null, group.getValue()));
                }
            }
            out.sort(Comparator.comparingInt(Bucket::count).reversed()
                    .thenComparing(Bucket::name, Comparator.nullsFirst(Comparator.naturalOrder())));
            return List.copyOf(out.subList(0, Math.min(limit, out.size())));
        });
    }

    /**
     * The sidebar's own counts of some views at {@code now} ({@code soon}: the due-soon horizon): the same
     * SQL as {@link CaseStore#counts}, for the views a caller shows (the dashboard needs two of eighteen).
     */
    public Map<InboxView, Integer> counts(Instant now, Instant soon, Set<InboxView> views) {
        return db.read(() -> {
            Map<InboxView, Integer> out = new EnumMap<>(InboxView.class);
            for (InboxView v : views) {
                InboxSql s = InboxSql.of(v, InboxFilter.NONE, now.toEpochMilli(), soon.toEpochMilli());
                PreparedStatement p = db.ps("SELECT count(*) FROM complaint c" + s.whereClause());
                for (int i = 0; i < s.args.size(); i++) {
                    p.setObject(i + 1, s.args.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    out.put(v, rs.next() ? rs.getInt(1) : 0);
                }
            }
            return out;
        });
    }

    /** A district of a regency and how many complaints happened there (the dashboard's hot spots). */
    public record Place(String regency, String district, int count) {
    }

    /** The hot spots' count, on the complaint_place index (schema v12) rather than a walk of every complaint row. */
    static final String DISTRICTS = "SELECT regency, district, count(*) n FROM complaint"
            + " GROUP BY regency, district ORDER BY n DESC, regency, district LIMIT ?";

    /** Complaints by district (with its regency), most first, at most {@code limit} places. */
    public List<Place> byDistrict(int limit) {
        return db.read(() -> {
            PreparedStatement p = db.ps(DISTRICTS);
            p.setInt(1, limit);
            List<Place> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Place(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return out;
        });
    }

    /**
     * The running deadlines of the open complaints overdue at {@code now} — exactly the sidebar's
     * "overdue" rows ({@code open = 1 AND due_key < now}), so the ageing bands add up to its count.
     */
    public List<Instant> overdueDeadlines(Instant now) {
        return db.read(() -> {
            PreparedStatement p = db.ps("SELECT due_key FROM complaint WHERE open = 1 AND due_key < ?");
            p.setLong(1, now.toEpochMilli());
            List<Instant> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(Instant.ofEpochMilli(rs.getLong(1)));
                }
            }
            return out;
        });
    }

    /** Every category present, by name (the inbox's filter list). */
    public List<Bucket> categories() {
        return buckets("SELECT category_id, category_name, count(*) FROM complaint"
                + " GROUP BY category_id ORDER BY category_name LIMIT ?", 10_000);
    }

    /** Every unit present, by name (the inbox's filter list). */
    public List<Bucket> units() {
        return buckets("SELECT unit_id, unit_name, count(*) FROM complaint WHERE unit_id IS NOT NULL"
                + " GROUP BY unit_id ORDER BY unit_name LIMIT ?", 10_000);
    }

    /** The units present in the cache with their agency (the desk's fallback reference data before a sync). */
    public List<UnitRef> unitRefs() {
        return db.read(() -> {
            List<UnitRef> out = new ArrayList<>();
            try (ResultSet rs = db.ps("SELECT unit_id, unit_agency_id, unit_name FROM complaint WHERE unit_id IS NOT NULL"
                    + " AND unit_agency_id IS NOT NULL GROUP BY unit_id ORDER BY unit_name").executeQuery()) {
                while (rs.next()) {
                    out.add(new UnitRef(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /** Agencies present in the cache, most complaints first. */
    public List<Bucket> agencies() {
        return buckets("SELECT agency_id, agency_name, count(*) n FROM complaint WHERE agency_id IS NOT NULL"
                + " GROUP BY agency_id ORDER BY n DESC, agency_name LIMIT ?", 1_000);
    }

    /**
     * The name a cached complaint gives an institution, for the officer's line: the first complaint of
     * that institution answers (an officer's cache is mostly its own), where {@link #agencies()} groups
     * every complaint.
     */
    public Optional<String> agencyName(String agencyId) {
        return db.read(() -> {
            PreparedStatement p = db.ps("SELECT agency_name FROM complaint WHERE agency_id = ?"
                    + " AND agency_name IS NOT NULL AND agency_name <> '' LIMIT 1");
            p.setString(1, agencyId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** The regencies/cities present in the cache, by name (the Ombudsman desk's filter list). */
    public List<String> regencies() {
        return buckets("SELECT regency, regency, count(*) FROM complaint GROUP BY regency ORDER BY regency LIMIT ?", 10_000)
                .stream().map(Bucket::name).toList();
    }

    /**
     * Ids of complaints with an event of one of {@code eventTypes} in [from, to): the candidates
     * whose deadlines may have been met or missed in that period (the caller evaluates them).
     */
    public List<String> complaintsWithEventsBetween(Instant from, Instant to, List<String> eventTypes, int limit) {
        if (eventTypes.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", eventTypes.stream().map(t -> "?").toList());
        String sql = "SELECT DISTINCT c.id FROM event e JOIN complaint c ON c.rid = e.complaint_rid"
                + " WHERE e.at >= ? AND e.at < ? AND e.type IN (" + marks + ") LIMIT ?";
        return db.read(() -> {
            PreparedStatement p = db.ps(sql);
            int i = 1;
            p.setLong(i++, from.toEpochMilli());
            p.setLong(i++, to.toEpochMilli());
            for (String t : eventTypes) {
                p.setString(i++, t);
            }
            p.setInt(i, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * The first {@code limit} complaints (by id) with an event of one of {@code eventTypes} in [from, to), as far as
     * the deadline calculator reads them ({@link DashboardClocks}): the same complaints as
     * {@link #complaintsWithEventsBetween}, without a whole-complaint read each.
     */
    public List<Complaint> clocksWithEventsBetween(Instant from, Instant to, List<String> eventTypes, int limit) {
        return db.read(() -> DashboardClocks.withEventsBetween(db, from, to, eventTypes, limit));
    }

    /** Complaints handled in a period with every clock that stopped in it met, and with one missed. */
    public record MetMissed(int met, int missed) {
    }

    /**
     * The month's tile from the verdicts stored with each complaint's facts ({@code complaint_stop}, decision
     * 0015): of the complaints of {@link #clocksWithEventsBetween}, those with a clock that stopped in [from, to)
     * MISSED, and those with one stopped MET in it and none missed. Empty when one of them has no stored facts
     * yet: the caller then judges the complaints themselves.
     */
    public Optional<MetMissed> stoppedClocks(Instant from, Instant to, List<String> eventTypes) {
        return db.read(() -> FactRows.monthTile(db, from, to, eventTypes));
    }

    private List<Bucket> buckets(String sql, int limit) {
        return db.read(() -> {
            PreparedStatement p = db.ps(sql);
            p.setInt(1, limit);
            Map<String, Bucket> out = new LinkedHashMap<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Bucket(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return List.copyOf(out.values());
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
