package id.penghubung.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.store.crypto.FieldCipher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way out of a damaged cache, for a cache that no longer opens as well as one that fails its integrity
 * check: reads what it can of the officer's local work (drafts, unsent actions, audit log) straight from the
 * file, moves the file aside ({@code <name>.damaged-<time>}, never deleted), creates a fresh cache with that work
 * in it; the next pull refills the complaints from the server.
 */
public final class Salvage {
    private static final Logger LOG = LoggerFactory.getLogger(Salvage.class);

    /** What the rebuild kept, and the tables of the damaged file it could not read (empty when all were read). */
    public record Outcome(CaseStore store, int drafts, int actions, int auditEntries, List<String> unreadable) {
        public Outcome {
            Objects.requireNonNull(store, "store");
            unreadable = List.copyOf(unreadable);
        }

        /** The audit entry's detail: what was kept, what could not be read (no text of a draft or an action). */
        public String auditDetail() {
            return "drafts=" + drafts + "; actions=" + actions + "; audit=" + auditEntries + "; unreadable="
                    + String.join(",", unreadable);
        }
    }

    /** The audit log's name for a rebuild, written into the fresh cache by whoever asked for it. */
    public static final String AUDIT_ACTION = "CACHE_REBUILT";

    private Salvage() {
    }

    /** Rebuilds the cache at {@code file}; the returned store is open (the caller closes it). */
    public static Outcome rebuild(Path file, DeadlineIndex deadlines, Clock clock, FieldCipher cipher) {
        Sealing sealing = new Sealing(cipher);
        List<String> unreadable = new ArrayList<>();
        ObjectNode work;
        Db reader = null;
        try {
            reader = Db.reader(file);
            work = Rebuild.localWork(reader, sealing, new Outbox(reader, reader, sealing, clock), clock, unreadable);
        } catch (RuntimeException e) {
            // Not even a connection: the file is moved aside all the same, nothing of it is lost.
            unreadable.add("file");
            work = Rebuild.nothing(clock);
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
        Path export = file.resolveSibling(file.getFileName() + ".local-work-" + clock.millis() + ".json");
        Rebuild.write(work, export);
        CaseStore store = Rebuild.replace(file, export, deadlines, clock, cipher);
        try {
            // The drafts are in the clear in the export: it goes as soon as the fresh cache holds them.
            Files.deleteIfExists(export);
        } catch (IOException e) {
            store.close();
            throw new StoreException("store.error.io", e, export.toString());
        }
        Outcome outcome = new Outcome(store, work.path("drafts").size(), work.path("outbox").size(),
                work.path("audit").size(), unreadable);
        LOG.warn("Damaged cache {} rebuilt: {} drafts, {} actions, {} audit entries kept; unreadable: {}",
                file.getFileName(), outcome.drafts(), outcome.actions(), outcome.auditEntries(), unreadable);
        return outcome;
    }
}
