package id.penghubung.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.IntSupplier;

/**
 * Which rules the stored deadlines were computed under ({@code sync_state.deadline_rules}). A new
 * release's holiday table or an imported one moves deadlines as surely as the server's: the store
 * recomputes them at open when the rules differ from the ones recorded.
 */
final class DeadlineRules {
    static final String KEY = "deadline_rules";

    private DeadlineRules() {
    }

    /** An index that names no rules (a tool that does not care about deadlines, {@link DeadlineIndex#none()}) changes nothing. */
    static void reindexIfChanged(Db writer, DeadlineIndex deadlines, IntSupplier reindex) {
        if (deadlines.rulesFingerprint().isEmpty()) {
            return;
        }
        String recorded = writer.locked(() -> {
            PreparedStatement p = writer.ps("SELECT value FROM sync_state WHERE key = ?");
            p.setString(1, KEY);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (!deadlines.rulesFingerprint().equals(recorded)) {
            reindex.getAsInt();
        }
    }

    static void record(Db writer, DeadlineIndex deadlines) {
        writer.tx(() -> {
            PreparedStatement p = writer.ps("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)");
            p.setString(1, KEY);
            p.setString(2, deadlines.rulesFingerprint());
            p.executeUpdate();
            return null;
        });
    }
}
