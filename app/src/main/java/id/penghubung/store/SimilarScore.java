package id.penghubung.store;

import id.penghubung.store.SimilarReason.Detail;
import id.penghubung.store.SimilarReason.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one scoring rule of the matcher, used alike for one complaint's candidates and for the
 * duplicate groups: text similarity weighs most, then area, category and time; the same reporter
 * raises any score towards 1. Weights and thresholds were tuned on the training world of one seed
 * and are checked on another (SimilarSeededWorldTest).
 */
final class SimilarScore {
    static final double W_TEXT = 0.55;
    static final double W_CATEGORY = 0.15;
    static final double W_AREA = 0.20;
    static final double W_TIME = 0.10;
    /** The share of what is left up to 1 that the same reporter adds. */
    static final double REPORTER_BOOST = 0.2;
    /** Days within which the time counts in full; it fades to nothing at {@link #TIME_FADE_DAYS}. */
    static final long TIME_FULL_DAYS = 7;
    static final long TIME_FADE_DAYS = 60;
    /** Text below this is not named as a reason (it still counts). */
    static final double TEXT_REASON = 0.25;
    /** Title overlap (Dice) from which the reason says "title", not "text". */
    static final double TITLE_REASON = 0.4;
    private static final long DAY_MILLIS = 86_400_000L;

    /** What the matcher reads of a complaint: never its text beyond the title, never an identity in the clear. */
    record Profile(long rid, String id, String tracking, String title, String category, String root, String regency,
            String district, String village, long submittedAt, byte[] nik, byte[] phone, byte[] email) {
        boolean sameReporter(Profile o) {
            return same(nik, o.nik) || same(phone, o.phone) || same(email, o.email);
        }

        private static boolean same(byte[] a, byte[] b) {
            return a != null && b != null && Arrays.equals(a, b);
        }
    }

    /** The columns {@link #profile} reads, from {@code complaint c LEFT JOIN reporter_match m}. */
    static final String COLUMNS = "c.rid, c.id, c.tracking_id, c.title, c.category_id,"
            + " coalesce(c.category_parent_id, c.category_id), c.regency, c.district, c.village, c.submitted_at,"
            + " m.nik, m.phone, m.email";
    static final String FROM = " FROM complaint c LEFT JOIN reporter_match m ON m.complaint_rid = c.rid";

    private SimilarScore() {
    }

    static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10), rs.getBytes(11),
                rs.getBytes(12), rs.getBytes(13));
    }

    /**
     * Scores candidate {@code c} against complaint {@code q}. {@code text}: the text similarity in
     * 0..1; {@code titleOverlap}: the Dice overlap of their titles' words.
     */
    static SimilarCandidate score(Profile q, Profile c, double text, double titleOverlap) {
        List<SimilarReason> reasons = new ArrayList<>();
        double t = Math.max(0, Math.min(1, text));
        if (t >= TEXT_REASON) {
            reasons.add(SimilarReason.of(Kind.TEXT, titleOverlap >= TITLE_REASON ? Detail.TITLE : Detail.BODY));
        }
        double category = 0;
        if (q.category().equals(c.category())) {
            category = 1;
            reasons.add(SimilarReason.of(Kind.CATEGORY, Detail.SAME_CATEGORY));
        } else if (q.root().equals(c.root())) {
            category = 0.6;
            reasons.add(SimilarReason.of(Kind.CATEGORY, Detail.SIBLING_CATEGORY));
        }
        double area = 0;
        if (!q.regency().isEmpty() && q.regency().equals(c.regency())) {
            if (!q.district().isEmpty() && q.district().equals(c.district())) {
                if (!q.village().isEmpty() && q.village().equals(c.village())) {
                    area = 1;
                    reasons.add(SimilarReason.of(Kind.AREA, Detail.SAME_VILLAGE));
                } else {
                    area = 0.7;
                    reasons.add(SimilarReason.of(Kind.AREA, Detail.SAME_DISTRICT));
                }
            } else {
                area = 0.35;
                reasons.add(SimilarReason.of(Kind.AREA, Detail.SAME_REGENCY));
            }
        }
        long days = Math.round((c.submittedAt() - q.submittedAt()) / (double) DAY_MILLIS);
        long gap = Math.abs(days);
        double time = gap <= TIME_FULL_DAYS ? 1
                : gap >= TIME_FADE_DAYS ? 0 : 1 - (gap - TIME_FULL_DAYS) / (double) (TIME_FADE_DAYS - TIME_FULL_DAYS);
        if (time > 0) {
            reasons.add(new SimilarReason(Kind.TIME, Detail.WITHIN_WINDOW, days));
        }
        double score = W_TEXT * t + W_CATEGORY * category + W_AREA * area + W_TIME * time;
        if (q.sameReporter(c)) {
            score += REPORTER_BOOST * (1 - score);
            reasons.add(SimilarReason.of(Kind.REPORTER, Detail.SAME_REPORTER));
        }
        score = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
        return new SimilarCandidate(c.id(), c.tracking(), score, reasons);
    }
}
