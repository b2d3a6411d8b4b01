package id.penghubung.store;

import id.penghubung.store.SimilarScore.Profile;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The matcher's second way to candidates, beside the index's rare words: the complaints of the same
 * parent category in the same regency filed within {@link SimilarScore#TIME_FADE_DAYS} days, the same
 * district first, then the nearest in time. It finds a copy whose every word is common (a report filed
 * word for word by many people), which the index query leaves out; its text is scored like any other.
 */
final class SimilarNeighbours {
    /** Neighbours read per complaint, at most. */
    static final int LIMIT = 40;
    private static final long DAY_MILLIS = 86_400_000L;
    /** From one range of the index complaint_neighbours (its key: parent category '/' regency). */
    static final String SQL = "SELECT rid FROM complaint WHERE coalesce(category_parent_id, category_id) || '/' || regency = ?"
            + " AND submitted_at BETWEEN ? AND ? ORDER BY district = ? DESC, abs(submitted_at - ?), rid LIMIT ?";

    private SimilarNeighbours() {
    }

    /** The rids of {@code self}'s neighbours (its own rid among them if it is cached). */
    static List<Long> of(Db db, Profile self) throws SQLException {
        if (self.regency().isEmpty() || self.root() == null || self.root().isEmpty()) {
            return List.of();
        }
        long window = SimilarScore.TIME_FADE_DAYS * DAY_MILLIS;
        PreparedStatement p = db.ps(SQL);
        p.setString(1, self.root() + '/' + self.regency());
        p.setLong(2, self.submittedAt() - window);
        p.setLong(3, self.submittedAt() + window);
        p.setString(4, self.district());
        p.setLong(5, self.submittedAt());
        p.setInt(6, LIMIT + 1);
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
