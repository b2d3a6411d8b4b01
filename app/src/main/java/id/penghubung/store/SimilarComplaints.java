package id.penghubung.store;

import id.penghubung.model.TrackingId;
import id.penghubung.store.SimilarScore.Profile;
import id.penghubung.store.crypto.FieldCipher;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The matcher over the local cache (issue 17): for a complaint, the cached complaints most likely
 * about the same thing ({@link #similar}); over the whole cache, the groups of likely duplicates
 * ({@link #duplicates}, in {@link DuplicateFinder}). One scoring rule for both ({@link SimilarScore}).
 *
 * <p>Candidates come three ways: the full-text index, asked for the complaint's rarest words in every
 * written form ({@link SimilarTexts}: "jln" finds "jalan"; words found in more than
 * {@value #MAX_DF_PERMILLE}‰ of complaints are left out of the query, they cost the most to rank);
 * the neighbours of the same parent category and regency in the time window
 * ({@link SimilarNeighbours}); and the same reporter. Every candidate's text is then scored alike
 * ({@link SimilarTextQuery}): bm25 over title (weighted 3) and body for the complaint's distinctive
 * words, common ones included, divided by the complaint's own score, so it reads as 0..1.
 *
 * <p>It reads the cache and its index on a connection of its own (the store's reader stays free for
 * the inbox), and writes only the reporters' keyed hashes ({@link ReporterKeys}) at open, once, for a
 * cache an older build filled (pages write their own since). Candidates are read in one statement.
 * Not thread-safe: one caller at a time (the CLI's thread, a desk's background task).
 */
public final class SimilarComplaints implements AutoCloseable {
    /** Candidates scoring below this are not listed (tuned on the training world; see SimilarScore). */
    public static final double MIN_SCORE = 0.55;
    static final int MAX_DF_PERMILLE = 20;
    /** Distinct canonical words in one query, the rarest first. */
    static final int QUERY_WORDS = 18;
    /** Words whose frequency is looked up, the most weighted first (title words count three times). */
    static final int LOOKUP_WORDS = 24;
    /** Document frequencies looked up in this session (a desk pane asks again and again); bounded. */
    private static final int DF_CACHE = 50_000;
    /** Complaints (the newest) whose word counts stand for a large cache's when only common words are ranked. */
    static final int SAMPLE = 4_000;
    /** Rows ranked by the index before scoring. */
    static final int TEXT_CANDIDATES = 60;
    static final int REPORTER_CANDIDATES = 40;
    /** A complaint's profile and (column 14) its body. */
    private static final String PROFILE_AND_BODY = "SELECT " + SimilarScore.COLUMNS + ", b.body" + SimilarScore.FROM
            + " LEFT JOIN complaint_body b ON b.rid = c.rid WHERE c.rid = ?";
    /** The same for every rid of a JSON array. */
    private static final String CANDIDATES = "SELECT " + SimilarScore.COLUMNS + ", b.body" + SimilarScore.FROM
            + " LEFT JOIN complaint_body b ON b.rid = c.rid WHERE c.rid IN (SELECT value FROM json_each(?))";

    private final Db db;
    private final Map<String, Long> dfCache = new HashMap<>();
    private final Map<String, Long> commonCache = new HashMap<>();
    private long[] sample;
    private int documents = -1;

    private SimilarComplaints(Db db) {
        this.db = db;
    }

    /**
     * Opens the matcher with the store's own key (the desk's: no key material passes through the
     * caller). While the store is unlocked the reporters' keyed hashes are brought up to date, so "the
     * same reporter" counts as in the CLI; while it is locked the hashes stay as they are. The
     * identity is never unsealed into the index: only its keyed hash is compared ({@link ReporterKeys}).
     */
    public static SimilarComplaints open(CaseStore store) {
        return open(store, store.sealing.cipher());
    }

    /**
     * Opens the matcher over an open store's cache and search index, and brings the reporters' keyed
     * hashes up to date with {@code cipher} (the store's own; none is needed while locked: the
     * reporter is then left out of the scores). Close it before the store.
     */
    public static SimilarComplaints open(CaseStore store, FieldCipher cipher) {
        // The index is written on its own thread: what the last page added must be in it before we read it.
        store.awaitSearchIndex();
        // A plain connection (not query_only): it may catch up reporter_match for an older cache.
        Db db = Db.checkpointer(store.file());
        try {
            db.locked(() -> {
                try (PreparedStatement p = db.connection.prepareStatement("ATTACH DATABASE ? AS search")) {
                    p.setString(1, SearchIndex.fileFor(store.file()).toString());
                    p.execute();
                }
                return null;
            });
            SimilarComplaints matcher = new SimilarComplaints(db);
            if (!cipher.isLocked()) {
                ReporterKeys.refresh(db, cipher);
            }
            return matcher;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The candidates for the complaint with this tracking ID, best first; empty when it is not cached. */
    public Optional<List<SimilarCandidate>> similar(TrackingId trackingId, int limit) {
        return similar(trackingId, limit, MIN_SCORE);
    }

    /** As {@link #similar(TrackingId, int)} with a floor of its own (0 lists every candidate found). */
    public Optional<List<SimilarCandidate>> similar(TrackingId trackingId, int limit, double minScore) {
        return db.read(() -> {
            PreparedStatement p = db.ps("SELECT rid FROM complaint WHERE tracking_num = ? AND tracking_id = ?");
            p.setLong(1, Long.parseLong(trackingId.value()));
            p.setString(2, trackingId.value());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(candidates(rs.getLong(1), limit, minScore)) : Optional.empty();
            }
        });
    }

    /**
     * The groups of likely duplicates over the whole cache, best first, each linked at
     * {@code minScore} or more; on the calling thread, reporting progress as it goes.
     */
    public List<DuplicateGroup> duplicates(double minScore, DuplicateFinder.Progress progress) {
        return new DuplicateFinder(db, minScore, progress).run();
    }

    private List<SimilarCandidate> candidates(long rid, int limit, double minScore) throws SQLException {
        PreparedStatement p = db.ps(PROFILE_AND_BODY);
        p.setLong(1, rid);
        Profile self;
        String body;
        try (ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
                return List.of();
            }
            self = SimilarScore.profile(rs);
            body = rs.getString(14);
        }
        return rank(self, body == null ? "" : body, rid, limit, minScore);
    }

    /**
     * The cached complaints that look like one not made yet (the intake form's, issue 20), best first:
     * the same scores as {@link #similar(TrackingId, int)} without the reporter (the form's reporter is
     * not hashed).
     */
    public List<SimilarCandidate> similarTo(IntakeProbe probe, int limit) {
        return db.read(() -> {
            String root = probe.categoryId();
            PreparedStatement r = db.ps("SELECT coalesce(category_parent_id, category_id) FROM complaint WHERE category_id = ? LIMIT 1");
            r.setString(1, probe.categoryId());
            try (ResultSet rs = r.executeQuery()) {
                root = rs.next() ? rs.getString(1) : root;
            }
            Profile self = new Profile(-1, "", "", probe.title(), probe.categoryId(), root, probe.regency(), probe.district(),
                    probe.village(), probe.receivedAt().toEpochMilli(), null, null, null);
            return rank(self, probe.body(), -1, limit, MIN_SCORE);
        });
    }

    private List<SimilarCandidate> rank(Profile self, String body, long rid, int limit, double minScore) throws SQLException {
        SimilarTextQuery query = SimilarTextQuery.of(SimilarTexts.presence(self.title(), body, self.village(),
                self.district(), self.regency()), documents(), frequencies);
        Set<Long> rids = new LinkedHashSet<>(query.hits(db, TEXT_CANDIDATES + 1).keySet());
        rids.addAll(SimilarNeighbours.of(db, self));
        rids.addAll(sameReporter(self));
        rids.remove(rid);
        Set<String> titleWords = SimilarTexts.words(self.title());
        List<SimilarCandidate> out = new ArrayList<>();
        // Every candidate in one statement (rowid lookups from a JSON list), not one query each.
        PreparedStatement p = db.ps(CANDIDATES);
        p.setString(1, rids.toString());
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Profile c = SimilarScore.profile(rs);
                String theirs = rs.getString(14);
                double overlap = SimilarTexts.dice(titleWords, SimilarTexts.words(c.title()));
                SimilarCandidate scored = SimilarScore.score(self, c, query.similarity(c.title(), theirs), overlap);
                if (scored.score() >= minScore) {
                    out.add(scored);
                }
            }
        }
        out.sort(Comparator.comparingDouble(SimilarCandidate::score).reversed().thenComparing(SimilarCandidate::trackingId));
        return out.size() > limit ? List.copyOf(out.subList(0, Math.max(0, limit))) : out;
    }

    /**
     * Document frequencies, looked up two ways ({@link SimilarTextQuery.Frequency}): counted in the
     * index only up to the ceiling (a word in most complaints stops there; its full count would read
     * its whole posting list: 36 ms from the index's vocabulary for a word in all of 100,000), and,
     * when common words must make up the query's number, estimated from the newest complaints
     * ({@link #sample()}). Cached for the session.
     */
    private final SimilarTextQuery.Frequency frequencies = new SimilarTextQuery.Frequency() {
        @Override
        public long upTo(String word, long ceiling) throws SQLException {
            Long known = dfCache.get(word);
            if (known != null) {
                return known;
            }
            long n = 0;
            PreparedStatement p = db.ps("SELECT count(*) FROM (SELECT 1 FROM search.complaint_fts"
                    + " WHERE complaint_fts MATCH ? LIMIT ?)");
            for (String form : SimilarTexts.forms(word)) {
                p.setString(1, '"' + form + '"');
                p.setLong(2, ceiling + 1 - n);
                try (ResultSet rs = p.executeQuery()) {
                    n += rs.next() ? rs.getLong(1) : 0;
                }
                if (n > ceiling) {
                    break;
                }
            }
            if (dfCache.size() < DF_CACHE) {
                dfCache.put(word, n);
            }
            return n;
        }

        @Override
        public long common(String word) throws SQLException {
            Long known = commonCache.get(word);
            if (known != null) {
                return known;
            }
            long[] sample = sample();
            long n = 0;
            PreparedStatement p = db.ps("SELECT count(*) FROM search.complaint_fts WHERE complaint_fts MATCH ? AND rowid >= ?");
            for (String form : SimilarTexts.forms(word)) {
                p.setString(1, '"' + form + '"');
                p.setLong(2, sample[0]);
                try (ResultSet rs = p.executeQuery()) {
                    n += rs.next() ? rs.getLong(1) : 0;
                }
            }
            long estimate = sample[1] >= documents() ? n : Math.round(n * (double) documents() / Math.max(1, sample[1]));
            if (commonCache.size() < DF_CACHE) {
                commonCache.put(word, estimate);
            }
            return estimate;
        }
    };

    /**
     * The newest {@value #SAMPLE} complaints, whose counts stand for the cache's when a common word's
     * frequency is only needed to rank it among other common words: the lowest rid and how many.
     * In a cache no larger than that, the counts are exact.
     */
    private long[] sample() throws SQLException {
        if (sample == null) {
            try (ResultSet rs = db.ps("SELECT min(rid), count(*) FROM (SELECT rid FROM complaint ORDER BY rid DESC LIMIT "
                    + SAMPLE + ")").executeQuery()) {
                sample = rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[] {0, 0};
            }
        }
        return sample;
    }


    /** Words in more complaints than this tell nothing apart (and cost the most to look up). */
    static long ceiling(long complaints) {
        return Math.max(5, complaints * MAX_DF_PERMILLE / 1000);
    }

    /** The bm25 ratio to the complaint's own, as a similarity: a rewording sharing half the rare words reads ~0.8. */
    static double textSimilarity(double ratio) {
        return Math.max(0, Math.min(1, ratio / 0.6));
    }

    private List<Long> sameReporter(Profile self) throws SQLException {
        if (self.nik() == null && self.phone() == null && self.email() == null) {
            return List.of();
        }
        PreparedStatement p = db.ps("SELECT complaint_rid FROM reporter_match WHERE nik = ? UNION"
                + " SELECT complaint_rid FROM reporter_match WHERE phone = ? UNION"
                + " SELECT complaint_rid FROM reporter_match WHERE email = ? LIMIT ?");
        p.setBytes(1, self.nik());
        p.setBytes(2, self.phone());
        p.setBytes(3, self.email());
        p.setInt(4, REPORTER_CANDIDATES + 1);
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private int documents() throws SQLException {
        if (documents < 0) {
            try (ResultSet rs = db.ps("SELECT count(*) FROM complaint").executeQuery()) {
                documents = rs.next() ? rs.getInt(1) : 0;
            }
        }
        return documents;
    }

    @Override
    public void close() {
        db.close();
    }
}
