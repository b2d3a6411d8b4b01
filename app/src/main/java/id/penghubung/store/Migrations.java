package id.penghubung.store;

import java.util.List;

/**
 * The store's migrations in order, as SQL text: migration N upgrades a file at version N-1 to N.
 * {@link Schema} applies them; never edit a released one, append a new one.
 */
final class Migrations {
    private Migrations() {
    }

    static final List<String> ALL = List.of(
            // v1: the server's copy, the officer's local work, the sync cursor.
            """
            CREATE TABLE complaint (
                rid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                tracking_num INTEGER NOT NULL,
                tracking_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                title TEXT NOT NULL,
                classification TEXT NOT NULL,
                anonymous INTEGER NOT NULL,
                confidential INTEGER NOT NULL,
                category_id TEXT NOT NULL,
                category_name TEXT NOT NULL,
                category_parent_id TEXT,
                channel TEXT NOT NULL,
                status TEXT NOT NULL,
                open INTEGER NOT NULL,
                submitted_at INTEGER NOT NULL,
                disposed_at INTEGER,
                incident_date TEXT,
                province_id TEXT NOT NULL,
                province TEXT NOT NULL,
                regency TEXT NOT NULL,
                district TEXT NOT NULL,
                village TEXT NOT NULL,
                location_detail TEXT NOT NULL,
                latitude REAL,
                longitude REAL,
                agency_id TEXT,
                agency_name TEXT,
                unit_id TEXT,
                unit_agency_id TEXT,
                unit_name TEXT,
                due_key INTEGER NOT NULL,
                waiting_for_reporter INTEGER NOT NULL,
                needs_follow_up INTEGER NOT NULL,
                cached_at INTEGER NOT NULL
            );
            CREATE INDEX complaint_tracking ON complaint(tracking_num);
            CREATE INDEX complaint_submitted ON complaint(submitted_at);
            -- Deadline order is the main one (rid right after it: the tie-breaker of every sort). These
            -- indexes carry every column a view or filter tests,
            -- so skipping rows for an OFFSET never touches the table (offset paging stays fast).
            CREATE INDEX complaint_due ON complaint(due_key, rid, status, open, needs_follow_up, waiting_for_reporter,
                category_id, unit_id, agency_id, province_id, regency, channel, classification, submitted_at);
            CREATE INDEX complaint_follow_up_due ON complaint(due_key, rid, status, category_id, unit_id, agency_id,
                province_id, regency, channel, classification, submitted_at) WHERE needs_follow_up = 1;
            CREATE INDEX complaint_waiting_due ON complaint(due_key, rid, status, category_id, unit_id, agency_id,
                province_id, regency, channel, classification, submitted_at) WHERE waiting_for_reporter = 1;
            CREATE INDEX complaint_open_due ON complaint(due_key, rid, status, category_id, unit_id, agency_id,
                province_id, regency, channel, classification, submitted_at) WHERE open = 1;
            -- Selective filters get their own deadline-ordered index, carrying the view flags and the
            -- other filter columns so a view within a filter is index-only too.
            CREATE INDEX complaint_status_due ON complaint(status, due_key, rid, unit_id, category_id, agency_id,
                province_id, regency);
            CREATE INDEX complaint_category_due ON complaint(category_id, due_key, rid, status, open, needs_follow_up,
                waiting_for_reporter, unit_id);
            CREATE INDEX complaint_unit_due ON complaint(unit_id, due_key, rid, status, open, needs_follow_up,
                waiting_for_reporter, category_id);
            -- The long text lives apart so the inbox scans small rows.
            CREATE TABLE complaint_body (
                rid INTEGER PRIMARY KEY REFERENCES complaint(rid) ON DELETE CASCADE,
                body TEXT NOT NULL
            );
            CREATE TABLE event (
                complaint_rid INTEGER NOT NULL REFERENCES complaint(rid) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                id TEXT NOT NULL,
                type TEXT NOT NULL,
                at INTEGER NOT NULL,
                actor_kind TEXT NOT NULL,
                actor_name TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (complaint_rid, seq)
            ) WITHOUT ROWID;
            -- event_seq NULL: attached to the report itself; otherwise to that event.
            CREATE TABLE attachment (
                complaint_rid INTEGER NOT NULL REFERENCES complaint(rid) ON DELETE CASCADE,
                event_seq INTEGER,
                seq INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                file_name TEXT NOT NULL,
                media_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                PRIMARY KEY (complaint_rid, seq)
            ) WITHOUT ROWID;
            -- Reporter identity in its own table: the data-protection work encrypts these columns
            -- (enc names the scheme; 0 = plain) without reshaping anything else.
            CREATE TABLE reporter (
                complaint_rid INTEGER PRIMARY KEY REFERENCES complaint(rid) ON DELETE CASCADE,
                enc INTEGER NOT NULL DEFAULT 0,
                name TEXT NOT NULL,
                phone TEXT,
                email TEXT,
                nik TEXT
            );
            -- Local work references complaints by id without a foreign key: it must outlive the cache row.
            CREATE TABLE draft (
                complaint_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                orphaned INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (complaint_id, kind)
            );
            CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                action_id TEXT NOT NULL UNIQUE,
                complaint_id TEXT NOT NULL,
                base_version INTEGER NOT NULL,
                type TEXT NOT NULL,
                payload TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('PENDING','SENDING','APPLIED','CONFLICT','REJECTED')),
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                server_answer TEXT,
                applied_version INTEGER,
                orphaned INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX outbox_complaint ON outbox(complaint_id, seq);
            CREATE INDEX outbox_state ON outbox(state, seq);
            CREATE TABLE sync_state (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """,
            // v2: full-text search and the audit log. Contentless (the text is in complaint_body/event
            // already) with detail=column: no positions, so no phrase/NEAR queries (FtsQuery never
            // builds them), at about half the indexing cost.
            """
            CREATE VIRTUAL TABLE complaint_fts USING fts5(
                tracking, title, body, events,
                content = '', contentless_delete = 1, detail = column,
                tokenize = "unicode61 remove_diacritics 2"
            );
            -- Merge segments less eagerly while a pull writes (measured ~25% faster import; queries
            -- still within target).
            INSERT INTO complaint_fts(complaint_fts, rank) VALUES ('automerge', 16);
            INSERT INTO complaint_fts(rowid, tracking, title, body, events)
                SELECT c.rid, c.tracking_id, c.title, b.body,
                       (SELECT group_concat(e.text, char(10)) FROM event e WHERE e.complaint_rid = c.rid)
                FROM complaint c JOIN complaint_body b ON b.rid = c.rid;
            CREATE TABLE audit_log (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                at INTEGER NOT NULL,
                account TEXT NOT NULL,
                action TEXT NOT NULL,
                detail TEXT NOT NULL
            );
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            """,
            // v3: encryption at rest (issue 10, docs/decisions/0005). Reporter identity, reporter names
            // on events and draft texts may now be AES-GCM BLOBs; the version bump makes older releases
            // refuse the file instead of showing ciphertext. draft.enc mirrors reporter.enc (0 = plain,
            // 1 = FieldCipher v1); the sealing of old plain values runs in Java at the first keyed open.
            """
            ALTER TABLE draft ADD COLUMN enc INTEGER NOT NULL DEFAULT 0;
            """,
            // v4: the full-text index moves to a file of its own (SearchIndex, decision 0007), written
            // on a second thread while the cache is written; the first open rebuilds it from the cache.
            """
            DROP TABLE complaint_fts;
            """,
            // v5: the audit log becomes a hash chain (AuditLog): each row's HMAC under a key derived
            // from the data key. Rows written before are chained at the next open (the marker), in Java.
            """
            ALTER TABLE audit_log ADD COLUMN mac BLOB;
            INSERT OR REPLACE INTO sync_state (key, value) VALUES ('audit_chain_pending', '1');
            """,
            // v6 (issue 21): a conflict's server answer may now be a sealed BLOB (older releases must
            // refuse the file rather than show ciphertext; answers kept as TEXT are sealed in Java at the
            // next keyed open, Sealing.sealAnswers). held_record: a pulled record the store could not take
            // (a field over its limit), kept aside so the rest of its page lands and the cursor moves; the
            // record itself only sealed (Sealing.held), retried when another build opens the store.
            """
            CREATE TABLE held_record (
                complaint_id TEXT PRIMARY KEY,
                tracking_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                reason TEXT NOT NULL,
                raw_size INTEGER NOT NULL,
                first_seen INTEGER NOT NULL,
                held_by TEXT NOT NULL,
                record BLOB
            );
            """,
            // v7 (issue 15, P2): the complaint as it was when an action was written (BaseCopy), for a
            // conflict that explains itself; sealed like every stored copy of a complaint (Sealing.baseCopy),
            // cleared when the action is applied, gone with its outbox row.
            """
            ALTER TABLE outbox ADD COLUMN base_copy BLOB;
            """,
            // v8 (issue 17, the matcher): the reporter of each complaint as keyed hashes (ReporterKeys), so
            // "the same reporter" is found without unsealing identities into an index. Filled in Java after
            // open (SimilarComplaints.refreshReporterKeys), per complaint version; anonymous ones get no hash.
            """
            CREATE TABLE reporter_match (
                complaint_rid INTEGER PRIMARY KEY REFERENCES complaint(rid) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                nik BLOB,
                phone BLOB,
                email BLOB
            );
            CREATE INDEX reporter_match_nik ON reporter_match(nik) WHERE nik IS NOT NULL;
            CREATE INDEX reporter_match_phone ON reporter_match(phone) WHERE phone IS NOT NULL;
            CREATE INDEX reporter_match_email ON reporter_match(email) WHERE email IS NOT NULL;
            """,
            // v9 (issue 22, R6): a complaint the LAPOR! admin redirected away from this agency stays in the
            // cache, read-only (status DIALIHKAN), with to whom, when and why (RedirectRows). Older caches
            // simply have none: their redirected complaints were removed by the server's old feed.
            """
            CREATE TABLE redirect (
                complaint_id TEXT PRIMARY KEY,
                to_agency_id TEXT NOT NULL,
                to_agency_name TEXT NOT NULL,
                redirected_at INTEGER NOT NULL,
                reason TEXT NOT NULL
            );
            """,
            // v10 (issue 20, R4): the unit an internal coordination event is about (UnitSteps JSON: unit,
            // its due date, who answered and when); NULL on every other event.
            """
            ALTER TABLE event ADD COLUMN unit_step TEXT;
            """,
            // v11 (issue 20, h2): the review an event belongs to (ReviewSteps JSON: submission, answer type,
            // suggested institution, approver), NULL on every other event; and a small index over the review
            // and unit events so the work queues (Menunggu persetujuan, Dikembalikan, Menunggu unit) count fast.
            """
            ALTER TABLE event ADD COLUMN review_step TEXT;
            CREATE INDEX event_queue ON event(type, complaint_rid, seq)
                WHERE type IN ('REVIEW_SUBMITTED', 'REVIEW_APPROVED', 'REVIEW_RETURNED', 'DISPOSED_TO_UNIT', 'UNIT_REPLIED', 'UNIT_WITHDRAWN');
            """,
            // --- h1 (issue 17) ---
            // v12: the matcher's neighbours (SimilarNeighbours): the same regency and parent category in a
            // time window, from one index range instead of every complaint of four months (one key of both:
            // an index led by regency or category would tempt the inbox's filters into sorting). Reporters' keyed
            // hashes are now written with their page (ReporterKeys.Writer): a cache without complaints is
            // complete from the start, an older one is caught up once by the matcher's first open.
            """
            CREATE INDEX IF NOT EXISTS complaint_neighbours
                ON complaint(coalesce(category_parent_id, category_id) || '/' || regency, submitted_at, district);
            INSERT OR IGNORE INTO sync_state (key, value) SELECT 'reporter_keys_complete', '1'
                WHERE NOT EXISTS (SELECT 1 FROM complaint);
            """,
            // v13 (issue 18, h8): the dashboard's hot spots count districts on this index instead of
            // reading every complaint row (0.43 s of CPU at 300,000 complaints). Deferred by a first pull
            // like the other secondary indexes (Schema.DEFERRED_INDEXES). District first, so the inbox's regency filter
            // keeps walking complaint_due in deadline order instead of seeking here and sorting.
            """
            CREATE INDEX IF NOT EXISTS complaint_place ON complaint(district, regency);
            """,
            // v14 (issue 18): the dashboard's month of stopped clocks finds the complaints with a clock-stopping
            // event in the month by a range of this index per event type, not by reading every event. Deferred by
            // a first pull like the other secondary indexes.
            """
            CREATE INDEX IF NOT EXISTS event_type_at ON event(type, at);
            """,
            // v15 (issue 18, hF): one row of facts per complaint for the dashboard's trends (FactRows), written
            // with the complaint's page by the model's rules, so a year of weeks and months is three GROUP BYs
            // instead of a walk over every complaint and its events (decision 0015). Instants in epoch ms;
            // disposed_at, follow_up_at and completed_at only when the complaint counts at all. A change to
            // the complaint row or to its events (an update or removal; events are only ever inserted with
            // their complaint's row) drops its facts in the same statement; the writer writes them again after
            // it, and rows found missing are filled before the trends count (FactRows.fillMissing). Beside it,
            // complaint_stop: each clock of the complaint that stopped MET or MISSED (the month's met/missed tile),
            // by the calculator over the complaint as the tile reads it (DashboardClocks); written with the facts.
            """
            CREATE TABLE IF NOT EXISTS complaint_facts (
                rid INTEGER PRIMARY KEY,
                submitted_at INTEGER NOT NULL,
                last_at INTEGER NOT NULL,
                disposed_at INTEGER,
                follow_up_due_at INTEGER,
                follow_up_at INTEGER,
                follow_up_not_applicable INTEGER NOT NULL,
                completed_at INTEGER
            );
            CREATE TABLE IF NOT EXISTS complaint_stop (
                rid INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                at INTEGER NOT NULL,
                missed INTEGER NOT NULL,
                PRIMARY KEY (rid, seq)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS complaint_stop_at ON complaint_stop(at, rid, missed);
            CREATE TRIGGER IF NOT EXISTS complaint_facts_changed AFTER UPDATE ON complaint BEGIN
                DELETE FROM complaint_facts WHERE rid = old.rid;
                DELETE FROM complaint_stop WHERE rid = old.rid;
            END;
            CREATE TRIGGER IF NOT EXISTS complaint_facts_removed AFTER DELETE ON complaint BEGIN
                DELETE FROM complaint_facts WHERE rid = old.rid;
                DELETE FROM complaint_stop WHERE rid = old.rid;
            END;
            CREATE TRIGGER IF NOT EXISTS complaint_facts_event_changed AFTER UPDATE ON event BEGIN
                DELETE FROM complaint_facts WHERE rid IN (old.complaint_rid, new.complaint_rid);
                DELETE FROM complaint_stop WHERE rid IN (old.complaint_rid, new.complaint_rid);
            END;
            CREATE TRIGGER IF NOT EXISTS complaint_facts_event_removed AFTER DELETE ON event BEGIN
                DELETE FROM complaint_facts WHERE rid = old.complaint_rid;
                DELETE FROM complaint_stop WHERE rid = old.complaint_rid;
            END;
            """);
}
