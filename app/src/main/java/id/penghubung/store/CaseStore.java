package id.penghubung.store;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The officer's local case store: one SQLite file per account holding the server's copy of the complaints
 * in scope (apart from the officer's drafts, outbox and audit log, so a pull never overwrites local work),
 * the sync cursor, and a full-text index in a second file that follows the cache ({@link SearchIndex}).
 *
 * <p>Threading: one writer connection (writes serialised by its lock), one reader connection (WAL: the UI
 * reads the last committed state while a sync writes) with the search index attached, and the search
 * index's own writer thread. All methods are thread-safe. Every write is one transaction.
 *
 * <p>A facade over package-private rooms: {@link Opening}, {@link ServerCopy}, {@link InboxReads}, {@link Drafts},
 * {@link Outbox} (the state machine of exactly-once), {@link AuditTrail} and {@link Rebuild}. Failures are
 * {@link StoreException}s carrying a bundle key: {@link NewerSchemaException}, {@link DiskFullException},
 * {@link RowTooLargeException}, {@link DamagedStoreException}.
 */
public final class CaseStore implements AutoCloseable {
    private final Path file;
    private final Db writer;
    private final Db reader;
    final Sealing sealing; // package-private: the matcher hashes reporters with the store's own key
    private final SearchIndex search;
    private final WalCheckpointer checkpoints;
    private final AuditLog audit;
    final ServerCopy serverCopy; // package-private: TrendFacts fills the facts table (its FactRows)
    private final CachePages pages;
    final Outbox outbox; // package-private for NewComplaintQueue
    private final Drafts drafts;
    private final InboxReads inbox;
    /** Package-private: {@link Rebuild#replace} re-imports the local work through it. */
    final Rebuild rebuild;
    private final AuditTrail trail;

    CaseStore(Path file, DeadlineIndex deadlines, Clock clock, Db writer, Db reader, Sealing sealing,
            SearchIndex search, AuditLog audit) {
        this.audit = audit;
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.sealing = sealing;
        this.search = search;
        this.checkpoints = new WalCheckpointer(file);
        this.serverCopy = new ServerCopy(deadlines, clock, writer, reader, sealing, search, checkpoints);
        this.pages = new CachePages(reader, sealing);
        this.outbox = new Outbox(writer, reader, sealing, clock);
        this.drafts = new Drafts(writer, reader, sealing, clock);
        this.inbox = new InboxReads(reader, serverCopy::awaitIndexed);
        this.trail = new AuditTrail(writer, audit, clock);
        this.rebuild = new Rebuild(writer, reader, sealing, clock, search, audit, outbox);
    }

    /** Opens a PLAIN store (identities, drafts in the clear), tests and tools only; an encrypted store refuses it. */
    public static CaseStore open(Path file, DeadlineIndex deadlines) {
        return open(file, deadlines, Clock.systemUTC());
    }

    /** As {@link #open(Path, DeadlineIndex)} (plain store), with the clock used for timestamps of local work. */
    public static CaseStore open(Path file, DeadlineIndex deadlines, Clock clock) {
        return open(file, deadlines, clock, FieldCipher.plain());
    }

    /** Opens (creating, upgrading) one account's file (0600) sealed with its data key; from then on only with that key. */
    public static CaseStore open(Path file, DeadlineIndex deadlines, Clock clock, FieldCipher cipher) {
        return Opening.open(file, deadlines, clock, cipher);
    }

    // ---------------------------------------------------------------- lock

    /** The UI lock, idempotent: identities, drafts throw {@link StoreLockedException}; the caller zeroes its key. */
    public void lock() {
        sealing.set(FieldCipher.locked());
    }

    /** Takes the store's key again after {@link #lock()} ({@code store.error.wrongKey} otherwise: stays locked). */
    public void unlock(FieldCipher cipher) {
        sealing.unlock(reader, cipher);
    }

    /** True while locked (or when the data key given at open was dropped). */
    public boolean isLocked() {
        return sealing.cipher().isLocked();
    }

    /** True when sensitive values are sealed (an account cache); false for a plain test/tool store. */
    public boolean encrypted() {
        return sealing.cipher().encrypts() || sealing.cipher().isLocked();
    }

    public Path file() {
        return file;
    }

    void awaitSearchIndex() { // readers of the index's own file (the matcher) wait for the last page
        serverCopy.awaitIndexed();
    }

    /** The schema version of the open file (always {@link Schema#CURRENT} once open). */
    public int schemaVersion() {
        return reader.read(() -> Schema.userVersion(reader.connection));
    }

    // ---------------------------------------------------------------- server copy (room: ServerCopy)

    /** One pulled page and its cursor in one transaction: upserts {@code items} (never to an older version), drops
     * {@code removedIds} (their local work stays, orphaned), FTS in step. On failure nothing lands, the cursor stays. */
    public void applyPage(List<Complaint> items, List<String> removedIds, String nextCursor) {
        serverCopy.applyPage(items, removedIds, List.of(), nextCursor);
    }

    /** As {@link #applyPage(List, List, String)}, with the records the store cannot take ({@link #checked}) held aside. */
    public void applyPage(List<Complaint> items, List<String> removedIds, List<HeldRecord.Incoming> held,
            String nextCursor) {
        serverCopy.applyPage(items, removedIds, held, nextCursor);
    }

    /** Upserts complaints outside paging (e.g. a push answer's current state); the cursor is not touched. */
    public void applyComplaints(List<Complaint> items) {
        serverCopy.applyComplaints(items, List.of());
    }

    /** As {@link #applyComplaints(List)}, holding aside (or holding again) the records the store cannot take. */
    public void applyComplaints(List<Complaint> items, List<HeldRecord.Incoming> held) {
        serverCopy.applyComplaints(items, held);
    }

    /** The complaint as the store would write it, or {@link RowTooLargeException}: to be held aside, not written. */
    public static CheckedComplaint checked(Complaint c) {
        return new CheckedComplaint(CacheWriter.clean(c));
    }

    /** A checked complaint with its dashboard facts computed here, by the rules of the moment (a pull's fetch thread). */
    public CheckedComplaint withFacts(CheckedComplaint c) {
        return new CheckedComplaint(c.complaint(), serverCopy.facts.compute(c.complaint()));
    }

    /** As {@link #applyPage(List, List, List, String)} for pages in order, in one transaction with the last one's cursor. */
    public void applyCheckedPages(List<PulledPage> pulled) {
        serverCopy.applyPages(pulled);
    }

    /** The records held aside (oldest first), for the officer's sync notice. No identity in them. */
    public List<HeldRecord> heldRecords() {
        return serverCopy.heldRecords();
    }

    /** The server's JSON of every record an earlier build held aside, to be tried again by this one. Needs the key. */
    public List<String> heldForRetry() {
        return serverCopy.heldForRetry(HeldRecords.BUILD);
    }

    List<String> heldForRetry(String build) {
        return serverCopy.heldForRetry(build);
    }

    /** Ends a first full pull and refreshes the planner's statistics; the sync MUST call it once a pull is complete. */
    public void optimize() {
        serverCopy.optimize();
    }

    /** True while a first full pull runs with its secondary indexes deferred (until {@link #optimize()}). */
    public boolean bulkLoading() {
        return serverCopy.bulkLoading();
    }

    /** The cursor of the last applied page; empty before the first pull (or after a rebuild). */
    public Optional<String> cursor() {
        return serverCopy.cursor();
    }

    /** Forgets the cursor so the next pull starts from the beginning (and refreshes every complaint). */
    public void resetCursor() {
        serverCopy.resetCursor();
    }

    /** A complaint in full: events, attachments metadata and (when not anonymous) the reporter. */
    public Optional<Complaint> complaint(String id) {
        return serverCopy.complaint(id);
    }

    /** Up to {@code limit} cached complaints after {@code after}, in the cache's order (room: CachePages). */
    public CachePage complaintsAfter(CachePage.Position after, int limit) {
        return pages.after(after, limit);
    }

    public Optional<Complaint> byTrackingId(TrackingId trackingId) {
        return serverCopy.byTrackingId(trackingId);
    }

    /** Recomputes every stored deadline (the calendar or SLA policy changed), in batches. Returns how many. */
    public int reindexDeadlines() {
        return serverCopy.reindexDeadlines();
    }

    // ---------------------------------------------------------------- inbox (room: InboxReads)

    /** One window of an inbox view for a virtualised table: rows [offset, offset + limit). */
    public List<InboxRow> page(InboxQuery q, int offset, int limit) {
        return inbox.page(q, offset, limit);
    }

    /** How many rows the query has (the virtualised table's size). */
    public int count(InboxQuery q) {
        return inbox.count(q);
    }

    /** Unfiltered counts of every view, for the sidebar. */
    public Map<InboxView, Integer> counts(Instant now, Instant soonThreshold) {
        return inbox.counts(now, soonThreshold);
    }

    /** Above this many matches, results come newest first instead of by rank (ranking them all is slow). */
    static final int RANK_LIMIT = InboxReads.RANK_LIMIT;

    /** Full-text search in the query's view and filter, best first (newest above {@value #RANK_LIMIT}); safe input ({@link InboxReads#search}). */
    public List<InboxRow> search(String text, InboxQuery filter, int limit) {
        return inbox.search(text, filter, limit);
    }

    /** The query plan SQLite picks for an inbox page (diagnostics and the index tests). */
    List<String> explainPage(InboxQuery q) {
        return inbox.explainPage(q);
    }

    // ---------------------------------------------------------------- drafts (room: Drafts)

    /** Autosave: upserts the draft of one action kind on one complaint (committed when this returns). */
    public Draft saveDraft(String complaintId, ActionType kind, String text) {
        return drafts.save(complaintId, kind, text);
    }

    public Optional<Draft> draft(String complaintId, ActionType kind) {
        return drafts.draft(complaintId, kind);
    }

    /** Every draft, most recently edited first, orphaned ones included (flagged). */
    public List<Draft> drafts() {
        return drafts.all();
    }

    public boolean deleteDraft(String complaintId, ActionType kind) {
        return drafts.delete(complaintId, kind);
    }

    // ---------------------------------------------------------------- outbox (room: Outbox)

    /** Queues an action on the complaint version the officer saw (kept as its base copy); returns the entry. */
    public OutboxEntry enqueue(String complaintId, long baseVersion, OfficerAction action) {
        return outbox.enqueue(complaintId, baseVersion, action, serverCopy.complaint(complaintId));
    }

    /** The complaint as it was when the action was written ({@link BaseCopy} JSON), until it is applied. */
    public Optional<String> baseCopy(UUID actionId) {
        return outbox.baseCopy(actionId);
    }

    public Optional<OutboxEntry> outboxEntry(UUID actionId) {
        return outbox.entry(actionId);
    }

    /** Every entry not yet applied (pending, sending, conflict, rejected; orphaned ones too), oldest first. */
    public List<OutboxEntry> outbox() {
        return outbox.notApplied();
    }

    /** Every entry of one complaint, in every state, oldest first. */
    public List<OutboxEntry> outboxFor(String complaintId) {
        return outbox.of(complaintId);
    }

    /** What the sync should send now, oldest first: each complaint's queue head, when PENDING/SENDING ({@link Outbox#sendable}). */
    public List<OutboxEntry> sendable(int limit) {
        return outbox.sendable(limit);
    }

    /** PENDING → SENDING, before the request goes out. */
    public boolean markSending(UUID actionId) {
        return outbox.markSending(actionId);
    }

    /** PENDING/SENDING → APPLIED with the complaint's new version; rebases the complaint's next PENDING entries. */
    public boolean markApplied(UUID actionId, long newVersion) {
        return outbox.markApplied(actionId, newVersion);
    }

    /** PENDING/SENDING → CONFLICT, keeping the server's answer (its current complaint) for the officer. */
    public boolean markConflict(UUID actionId, String serverAnswerJson) {
        return outbox.markConflict(actionId, serverAnswerJson);
    }

    /** PENDING/SENDING → REJECTED, keeping the server's error for the officer. */
    public boolean markRejected(UUID actionId, String serverAnswerJson) {
        return outbox.markRejected(actionId, serverAnswerJson);
    }

    /** A failed attempt (network, 5xx): counts it, keeps the error, and puts the entry back to PENDING. */
    public boolean recordAttempt(UUID actionId, String error) {
        return outbox.recordAttempt(actionId, error);
    }

    /** The officer takes an action back before it was sent: only while PENDING. */
    public boolean withdraw(UUID actionId) {
        return outbox.withdraw(actionId);
    }

    /** CONFLICT/REJECTED → PENDING on the version the officer has now reviewed; lifts the quarantine. */
    public boolean resend(UUID actionId, long newBaseVersion) {
        return outbox.resend(actionId, newBaseVersion, serverCopy::complaint);
    }

    /** The officer gives up on an action (conflict, rejection); refused while SENDING. */
    public boolean discard(UUID actionId) {
        return outbox.discard(actionId);
    }

    /** Deletes APPLIED entries last changed before {@code olderThan}; returns how many. */
    public int pruneApplied(Instant olderThan) {
        return outbox.pruneApplied(olderThan);
    }

    /** Deletes APPLIED entries last changed more than {@code keep} ago by the store's clock; returns how many. */
    public int pruneApplied(Duration keep) {
        return outbox.pruneApplied(keep);
    }

    // ---------------------------------------------------------------- audit (room: AuditTrail, over AuditLog)

    /** Audit action of a printed (or PDF-saved) case file. */
    public static final String AUDIT_PRINT = "PRINT";
    /** Audit action of an export of cached complaints (CSV/JSON). */
    public static final String AUDIT_EXPORT = "EXPORT";

    /** Records printed (or PDF-saved) case files: who, when, which (tracking IDs, never names), where, identities or not. */
    public void recordPrint(String account, List<TrackingId> cases, String destination, boolean withIdentities) {
        trail.recordPrint(account, cases, destination, withIdentities);
    }

    /** Records an export: who, when (now), the format, how many complaints, where to, identities or not. */
    public void recordExport(String account, String format, long count, String destination, boolean withIdentities) {
        trail.recordExport(account, format, count, destination, withIdentities);
    }

    /** Appends to the local (append-only) audit log; the detail never carries a reporter identity or a secret. */
    public void audit(String account, String action, String detail) {
        trail.audit(account, action, detail);
    }

    /** What the audit chain check found at open (rows changed, removed, re-ordered), as bundle keys; empty when intact. */
    public List<AuditLog.Problem> auditProblems() {
        return audit.problems();
    }

    /** The newest {@code limit} audit entries, newest first. */
    public List<AuditEntry> auditLog(int limit) {
        return reader.read(() -> AuditLog.newest(reader, limit));
    }

    // ---------------------------------------------------------------- integrity and rebuild (room: Rebuild)

    /** PRAGMA integrity_check and quick_check, plus the search index's checks; ok when all say so. */
    public IntegrityReport integrityCheck() {
        return rebuild.integrityCheck();
    }

    /** Writes the local work (drafts, unapplied outbox, audit log) to a JSON file, atomically; works on a damaged cache. */
    public void exportLocalWork(Path target) {
        rebuild.exportLocalWork(target);
    }

    /** Moves a damaged store aside ({@code <name>.damaged-<time>}) for a fresh one with the saved work ({@link Rebuild}); the pull refills it. */
    public static CaseStore rebuild(Path damagedFile, Path exportFile, DeadlineIndex deadlines, FieldCipher cipher) {
        return Rebuild.replace(damagedFile, exportFile, deadlines, Clock.systemUTC(), cipher);
    }

    /** Test hooks (statements on the connections, search-index settings, checkpoints). */
    TestHooks forTest() {
        return new TestHooks(writer, search, checkpoints);
    }

    @Override
    public void close() {
        Opening.close(writer, reader, search, checkpoints, audit);
    }
}
