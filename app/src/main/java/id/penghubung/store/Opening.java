package id.penghubung.store;

import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opening (and closing) room of {@link CaseStore}: creates or upgrades the file (owner-only), seals what an
 * earlier release left plain, checks the audit chain, resumes an interrupted first pull, and wires
 * the writer, the reader and the search index.
 */
final class Opening {
    private static final Logger LOG = LoggerFactory.getLogger(CaseStore.class);

    private Opening() {
    }

    /** See {@link CaseStore#open(Path, DeadlineIndex, Clock, FieldCipher)}. */
    static CaseStore open(Path file, DeadlineIndex deadlines, Clock clock, FieldCipher cipher) {
        return open(file, deadlines, clock, cipher, true);
    }

    /** As {@link #open(Path, DeadlineIndex, Clock, FieldCipher)}; the search index opened now or at its first use. */
    static CaseStore open(Path file, DeadlineIndex deadlines, Clock clock, FieldCipher cipher, boolean searchNow) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(cipher, "cipher");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!Files.exists(file)) {
                // Created 0600 before SQLite touches it: SQLite gives -wal/-shm the database file's mode.
                OwnerOnly.createFile(file);
            }
            restrictFiles(file);
        } catch (IOException e) {
            throw new StoreException("store.error.io", e, file.toString());
        }
        Sealing sealing = new Sealing(cipher);
        Db first = Db.writer(file);
        boolean sealed;
        boolean[] firstKeyed = new boolean[1];
        try {
            first.locked(() -> {
                Schema.migrate(first.connection, Schema.CURRENT);
                return null;
            });
            // Idempotent Java step of v3 (decision 0003): the first keyed open seals what is still plain.
            // and (v6) every open seals conflict answers a release before v6 kept in the clear.
            sealed = first.tx(() -> {
                firstKeyed[0] = Sealing.needsKeyCheck(first, cipher);
                boolean legacy = firstKeyed[0] && sealing.sealLegacy(first) > 0;
                return sealing.sealAnswers(first) > 0 || legacy;
            });
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
        Db writer = first;
        if (sealed) {
            // Plain values sealed just now still sit in free pages and the WAL: rewrite the file, on a
            // fresh connection (VACUUM refuses to run beside cached statements).
            first.close();
            writer = scrubbed(file);
        }
        try {
            Db w = writer;
            boolean bulk = w.locked(() -> {
                // A first pull interrupted by a restart goes on in bulk mode.
                try (ResultSet rs = w.ps("SELECT 1 FROM sync_state WHERE key = '" + ServerCopy.BULK_LOAD + "'").executeQuery()) {
                    if (rs.next()) {
                        w.exec("PRAGMA wal_autocheckpoint = " + Db.WAL_AUTOCHECKPOINT_BULK);
                        return true;
                    }
                    return false;
                }
            });
            // Java step of v5: the audit chain is checked (and what is pending chained) at every open.
            AuditLog audit = AuditLog.open(writer, cipher, firstKeyed[0], clock);
            Db reader = Db.reader(file);
            SearchIndex search;
            try {
                // Search queries join the index's rows to the cache's on the reader connection.
                search = searchNow ? SearchIndex.open(file, f -> attach(reader, f)) : new SearchIndex(file, f -> attach(reader, f));
                if (searchNow && !bulk) {
                    // Merging left off when the last first pull ended early (a crash, a failed resume).
                    Db.await(search.resumeMerging(() -> false));
                }
            } catch (RuntimeException e) {
                reader.close();
                throw e;
            }
            restrictFiles(file);
            CaseStore store = new CaseStore(file, deadlines, clock, writer, reader, sealing, search, audit);
            DeadlineRules.reindexIfChanged(writer, deadlines, store::reindexDeadlines);
            return store;
        } catch (IOException e) {
            writer.close();
            throw new StoreException("store.error.io", e, file.toString());
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** Search queries join the index's rows to the cache's on the reader connection. */
    private static void attach(Db reader, Path searchFile) {
        reader.locked(() -> {
            try (PreparedStatement p = reader.connection.prepareStatement("ATTACH DATABASE ? AS search")) {
                p.setString(1, searchFile.toString());
                p.execute();
            }
            return null;
        });
    }

    private static Db scrubbed(Path file) {
        Db db = Db.writer(file);
        try {
            db.locked(() -> {
                db.exec("PRAGMA secure_delete = ON");
                db.exec("VACUUM");
                db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
                return null;
            });
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void restrictFiles(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            OwnerOnly.restrict(Path.of(file.toAbsolutePath() + suffix));
        }
    }

    /** Closes what {@link #open} wired, every part even when one fails; statistics refreshed first. */
    static void close(Db writer, Db reader, SearchIndex search, WalCheckpointer checkpoints, AuditLog audit) {
        try {
            // Keeps the planner's statistics fresh cheaply, as SQLite recommends at close.
            writer.locked(() -> {
                writer.exec("PRAGMA analysis_limit = 400");
                writer.exec("PRAGMA optimize");
                return null;
            });
        } catch (StoreException e) {
            // A damaged or full file must still close; the statistics are only an optimisation.
            LOG.warn("PRAGMA optimize at close failed: {}", e.messageKey());
        } finally {
            try {
                checkpoints.close();
            } finally {
                try {
                    reader.close();
                } finally {
                    try {
                        search.close();
                    } finally {
                        try {
                            writer.close();
                        } finally {
                            audit.close();
                        }
                    }
                }
            }
        }
    }
}
