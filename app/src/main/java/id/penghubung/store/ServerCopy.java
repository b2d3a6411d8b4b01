package id.penghubung.store;

import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server-copy room of {@link CaseStore}: pulled pages and push answers land here (with the
 * cursor, the records held aside and the search index kept in step), a first full pull defers the
 * secondary indexes, and complaints are read back in full. Never touches the officer's local work.
 */
final class ServerCopy {
    static final String CURSOR = "cursor";
    /** Present in sync_state while a first full pull defers the secondary indexes. */
    static final String BULK_LOAD = "bulk_load";

    private final DeadlineIndex deadlines;
    private final Clock clock;
    private final Db writer;
    private final Db reader;
    private final Sealing sealing;
    private final CacheWriter cacheWriter;
    final FactRows facts; // package-private: TrendFacts fills the rows found missing before it counts
    private final SearchIndex search;
    private final WalCheckpointer checkpoints;
    /** The last batch given to the search index (search waits for it: it reads what was written). */
    private final AtomicReference<SearchIndex.Batch> indexing = new AtomicReference<>();

    ServerCopy(DeadlineIndex deadlines, Clock clock, Db writer, Db reader, Sealing sealing, SearchIndex search,
            WalCheckpointer checkpoints) {
        this.deadlines = deadlines;
        this.clock = clock;
        this.writer = writer;
        this.reader = reader;
        this.sealing = sealing;
        this.search = search;
        this.checkpoints = checkpoints;
        this.cacheWriter = new CacheWriter(writer, sealing);
        this.facts = new FactRows(writer, deadlines);
    }

    /**
     * One pulled page in one transaction with its cursor, the page's records the store cannot take held
     * aside ({@link CaseStore#checked}) in the same transaction: the rest lands and the cursor moves on.
     */
    void applyPage(List<Complaint> items, List<String> removedIds, List<HeldRecord.Incoming> held,
            String nextCursor) {
        List<Complaint> cleaned = items.stream().map(CacheWriter::clean).toList();
        apply(List.of(new Part(cleaned, List.of(), removedIds, held)), nextCursor);
    }

    /**
     * Pages checked on the fetch thread ({@link CheckedComplaint}: not cleaned again), in order, in one
     * transaction with the last page's cursor: a pull whose writer fell behind catches up with fewer
     * commits (each one writes the pages it touched to the WAL again, the unique id index's most of all).
     */
    void applyPages(List<PulledPage> pages) {
        if (pages.isEmpty()) {
            return;
        }
        apply(pages.stream().map(p -> new Part(p.items().stream().map(CheckedComplaint::complaint).toList(),
                p.items().stream().map(CheckedComplaint::facts).toList(), p.removedIds(), p.held())).toList(),
                pages.getLast().nextCursor());
    }

    /** {@code facts}: each complaint's facts computed beforehand (on the fetch thread), or empty: computed on writing. */
    private record Part(List<Complaint> cleaned, List<Optional<FactRows.Computed>> facts, List<String> removedIds,
            List<HeldRecord.Incoming> held) {
    }

    private void apply(List<Part> parts, String nextCursor) {
        Objects.requireNonNull(nextCursor, "nextCursor");
        String cursor = Texts.clean("cursor", nextCursor, Texts.MAX_SHORT * 4);
        writeIndexed(index -> {
            startBulkLoadIfCold(index);
            for (Part part : parts) {
                writeComplaints(part.cleaned(), part.facts(), index);
                for (String id : part.removedIds()) {
                    cacheWriter.remove(id, index);
                }
                cacheWriter.finish();
                writeHeld(part.cleaned(), part.removedIds(), part.held());
            }
            putSyncState(CURSOR, cursor);
            return null;
        });
        // A pull writes page after page: the log is copied back beside the writer, not inside its commits.
        checkpoints.request();
    }

    /** Upserts complaints outside paging (cursor untouched), holding aside (again) the records it cannot take. */
    void applyComplaints(List<Complaint> items, List<HeldRecord.Incoming> held) {
        List<Complaint> cleaned = items.stream().map(CacheWriter::clean).toList();
        writeIndexed(index -> {
            writeComplaints(cleaned, List.of(), index);
            cacheWriter.finish();
            writeHeld(cleaned, List.of(), held);
            return null;
        });
    }

    private void writeHeld(List<Complaint> landed, List<String> removedIds, List<HeldRecord.Incoming> held)
            throws SQLException {
        HeldRecords records = new HeldRecords(writer, sealing);
        List<String> gone = new ArrayList<>(removedIds);
        landed.forEach(c -> gone.add(c.id()));
        records.release(gone);
        records.hold(held, clock.instant(), HeldRecords.BUILD);
    }

    /** The records held aside (oldest first), for the officer's sync notice. No identity in them. */
    List<HeldRecord> heldRecords() {
        return reader.read(() -> new HeldRecords(reader, sealing).all());
    }

    List<String> heldForRetry(String build) {
        return reader.read(() -> new HeldRecords(reader, sealing).heldByOtherBuilds(build));
    }

    private void writeComplaints(List<Complaint> cleaned, List<Optional<FactRows.Computed>> computed, SearchIndex.Batch index)
            throws SQLException {
        Instant now = clock.instant();
        cacheWriter.begin();
        for (int i = 0; i < cleaned.size(); i++) {
            Complaint c = cleaned.get(i);
            long rid = cacheWriter.upsert(c, Objects.requireNonNull(deadlines.nextDueAt(c), "nextDueAt"), now, index);
            if (rid > 0) {
                // The dashboard's facts, in the same transaction (the upsert dropped the old ones).
                facts.written(rid, c, computed.isEmpty() ? Optional.empty() : computed.get(i));
            }
        }
    }


    private interface IndexedWork {
        Void run(SearchIndex.Batch index) throws SQLException;
    }

    /**
     * One cache transaction whose complaint changes the search index writes meanwhile on its own
     * thread; the index commits after the cache did, or forgets the batch when the cache's failed.
     * Returns once the cache has committed and the index has finished the write before this one.
     */
    private void writeIndexed(IndexedWork work) {
        SearchIndex.Batch index = search.batch();
        try {
            writer.tx(() -> {
                work.run(index);
                if (index.started()) {
                    putSyncState(SearchIndex.TOKEN, index.token());
                }
                return null;
            });
        } catch (RuntimeException | Error e) {
            index.abandon();
            throw e;
        }
        index.commit();
        // The index may finish this batch while the next page is written, but never falls further behind.
        SearchIndex.Batch before = indexing.getAndSet(index);
        if (before != null) {
            before.awaitDone();
        }
    }

    /** Sets one sync_state value; inside the writer's transaction. */
    private void putSyncState(String key, String value) throws SQLException {
        PreparedStatement p = writer.ps("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        p.setString(1, key);
        p.setString(2, value);
        p.executeUpdate();
    }

    /** Waits until the search index holds every committed cache write. */
    void awaitIndexed() {
        search.ensureOpen(); // a store opened for a command opens its index at the first search
        SearchIndex.Batch last = indexing.get();
        if (last != null) {
            last.awaitDone();
        }
    }

    /**
     * Ends a first full pull and refreshes the query planner's statistics. The sync MUST call this
     * once a pull is complete (no more pages): a first pull into an empty cache defers the secondary
     * indexes, and this rebuilds them (about a second per 100,000 complaints; otherwise cheap).
     */
    void optimize() {
        // After a first pull the search index merges what it deferred on the other core, for as
        // long as the cache's index rebuild takes here.
        AtomicBoolean rebuilding = new AtomicBoolean(bulkLoading());
        Future<?> merging = rebuilding.get() ? search.resumeMerging(rebuilding::get) : null;
        try {
            endBulkLoad();
            writer.locked(() -> {
                writer.exec("PRAGMA analysis_limit = 1000");
                writer.exec("ANALYZE");
                return null;
            });
        } finally {
            rebuilding.set(false);
        }
        // The pull is complete when the search index has caught up with its last page too.
        awaitIndexed();
        if (merging != null) {
            Db.await(merging);
        }
        // ANALYZE changes the schema cookie: the reader's prepared statements re-plan by themselves.
    }

    /**
     * First page of a first full pull (no cursor, empty cache): drop the deferred indexes for the
     * whole pull, in the page's own transaction (a failed page brings them back). Queries stay
     * correct meanwhile, sorting instead of walking an index; {@link #optimize()} rebuilds them.
     */
    private void startBulkLoadIfCold(SearchIndex.Batch searchBatch) throws SQLException {
        PreparedStatement p = writer.ps("SELECT (SELECT count(*) FROM sync_state WHERE key IN (?, ?))"
                + " + (SELECT count(*) FROM (SELECT 1 FROM complaint LIMIT 1))");
        p.setString(1, CURSOR);
        p.setString(2, BULK_LOAD);
        try (ResultSet rs = p.executeQuery()) {
            if (!rs.next() || rs.getInt(1) != 0) {
                return;
            }
        }
        for (String index : Schema.DEFERRED_INDEXES) {
            writer.exec("DROP INDEX IF EXISTS " + Schema.indexName(index));
        }
        writer.exec("PRAGMA wal_autocheckpoint = " + Db.WAL_AUTOCHECKPOINT_BULK);
        PreparedStatement mark = writer.ps("INSERT INTO sync_state (key, value) VALUES (?, '1')");
        mark.setString(1, BULK_LOAD);
        mark.executeUpdate();
        searchBatch.deferMerges();
    }

    /** Ends a first full pull: rebuilds the deferred indexes (no-op when none is missing). */
    private void endBulkLoad() {
        writer.tx(() -> {
            for (String index : Schema.DEFERRED_INDEXES) {
                writer.exec(index);
            }
            writer.exec("DROP INDEX IF EXISTS " + Schema.RETIRED_BULK_INDEX);
            writer.exec("PRAGMA wal_autocheckpoint = " + Db.WAL_AUTOCHECKPOINT);
            PreparedStatement p = writer.ps("DELETE FROM sync_state WHERE key = ?");
            p.setString(1, BULK_LOAD);
            p.executeUpdate();
            return null;
        });
    }

    /** True while a first full pull runs with its secondary indexes deferred (until {@link #optimize()}). */
    boolean bulkLoading() {
        return reader.read(() -> {
            PreparedStatement p = reader.ps("SELECT 1 FROM sync_state WHERE key = ?");
            p.setString(1, BULK_LOAD);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** The cursor of the last applied page; empty before the first pull (or after a rebuild). */
    Optional<String> cursor() {
        return reader.read(() -> {
            PreparedStatement p = reader.ps("SELECT value FROM sync_state WHERE key = ?");
            p.setString(1, CURSOR);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    /** Forgets the cursor so the next pull starts from the beginning (and refreshes every complaint). */
    void resetCursor() {
        writer.tx(() -> {
            PreparedStatement p = writer.ps("DELETE FROM sync_state WHERE key = ?");
            p.setString(1, CURSOR);
            p.executeUpdate();
            return null;
        });
    }

    /** A complaint in full: events, attachments metadata and (when not anonymous) the reporter. */
    Optional<Complaint> complaint(String id) {
        return reader.read(() -> {
            CacheReader r = new CacheReader(reader, sealing);
            Optional<Long> rid = r.ridOf(id);
            return rid.isPresent() ? r.complaint(rid.get()) : Optional.empty();
        });
    }

    Optional<Complaint> byTrackingId(TrackingId trackingId) {
        return reader.read(() -> {
            CacheReader r = new CacheReader(reader, sealing);
            Optional<Long> rid = r.ridOf(trackingId);
            return rid.isPresent() ? r.complaint(rid.get()) : Optional.empty();
        });
    }

    /**
     * Recomputes every stored deadline with the {@link DeadlineIndex} (after the working-day calendar
     * or the SLA policy changed), in batches, one complaint in memory at a time. Returns how many.
     */
    int reindexDeadlines() {
        long lastRid = 0;
        int total = 0;
        while (true) {
            long from = lastRid;
            long[] result = writer.tx(() -> {
                // Deadlines need no identity: this also works while the store is locked.
                CacheReader r = new CacheReader(writer, sealing, false);
                PreparedStatement p = writer.ps("SELECT rid FROM complaint WHERE rid > ? ORDER BY rid LIMIT 500");
                p.setLong(1, from);
                List<Long> rids = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rids.add(rs.getLong(1));
                    }
                }
                for (long rid : rids) {
                    Optional<Complaint> c = r.complaint(rid);
                    if (c.isPresent()) {
                        cacheWriter.updateDue(rid, deadlines.nextDueAt(c.get()));
                        facts.written(rid, c.get(), Optional.empty()); // the update dropped them: by the new rules
                    }
                }
                return new long[] {rids.isEmpty() ? from : rids.get(rids.size() - 1), rids.size()};
            });
            if (result[1] == 0) {
                DeadlineRules.record(writer, deadlines);
                return total;
            }
            total += (int) result[1];
            lastRid = result[0];
        }
    }
}
