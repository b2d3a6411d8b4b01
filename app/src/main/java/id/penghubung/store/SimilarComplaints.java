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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The matcher over the local cache (issue 17): for a complaint, the cached complaints most likely
 * about the same thing ({@link #similar}); over the whole cache, the groups of likely duplicates
 * ({@link #duplicates}, in {@link DuplicateFinder}). One scoring rule for both ({@link SimilarScore}).
 *
 * <p>Text similarity is bm25 over title (weighted 3) and body from the full-text index, for the
 * complaint's most distinctive words in every written form ({@link SimilarTexts}: "jln" finds
 * "jalan"), divided by the complaint's own score for the same words, so it reads as 0..1. Words found
 * in more than {@value #MAX_DF_PERMILLE}‰ of complaints are left out of the query (they tell nothing
 * apart and cost the most to rank).
 *
 * <p>It reads the cache and its index on a connection of its own (the store's reader stays free for
 * the inbox), and writes only the reporters' keyed hashes ({@link ReporterKeys}) at open. Not
 * thread-safe: one caller at a time (the CLI's thread, a desk's background task).
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
    /** Rows ranked by the index before scoring. */
    static final int TEXT_CANDIDATES = 60;
    static final int REPORTER_CANDIDATES = 40;

    private final Db db;
    private final Map<String, Long> dfCache = new HashMap<>();
    private int documents = -1;

    private SimilarComplaints(Db db) {
        this.db = db;
    }

    /**
     * Opens the matcher over an open store's cache and search index, and brings the reporters' keyed
     * hashes up to date with {@code cipher} (the store's own; none is needed while locked: the
     * reporter is then left out of the scores). Close it before the store.
     */
    public static SimilarComplaints open(CaseStore store, FieldCipher cipher) {
        // The index is written on its own thread: what the last page added must be in it before we read it.
        store.awaitSearchIndex();
        // A plain connection (not query_only): it keeps a temporary vocabulary table and writes reporter_match.
        Db db = Db.checkpointer(store.file());
        try {
            db.locked(() -> {
                try (PreparedStatement p = db.connection.prepareStatement("ATTACH DATABASE ? AS search")) {
                    p.setString(1, SearchIndex.fileFor(store.file()).toString());
                    p.execute();
                }
                db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.similar_vocab USING fts5vocab(search, complaint_fts, 'row')");
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
        Profile self = profiles(List.of(rid)).get(rid);
        String body;
        PreparedStatement b = db.ps("SELECT body FROM complaint_body WHERE rid = ?");
        b.setLong(1, rid);
        try (ResultSet rs = b.executeQuery()) {
            body = rs.next() ? rs.getString(1) : "";
        }
        return rank(self, body, rid, limit, minScore);
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
        Map<Long, Double> text = textScores(SimilarTexts.presence(self.title(), body, self.village(), self.district(),
                self.regency()));
        List<Long> rids = new ArrayList<>(text.keySet());
        for (long r : sameReporter(self)) {
            if (!text.containsKey(r)) {
                rids.add(r);
            }
        }
        rids.remove(Long.valueOf(rid));
        Map<Long, Profile> profiles = profiles(rids);
        Set<String> titleWords = SimilarTexts.words(self.title());
        List<SimilarCandidate> out = new ArrayList<>();
        for (long r : rids) {
            Profile c = profiles.get(r);
            if (c == null) {
                continue;
            }
            double overlap = SimilarTexts.dice(titleWords, SimilarTexts.words(c.title()));
            SimilarCandidate scored = SimilarScore.score(self, c, text.getOrDefault(r, 0.0), overlap);
            if (scored.score() >= minScore) {
                out.add(scored);
            }
        }
        out.sort(Comparator.comparingDouble(SimilarCandidate::score).reversed().thenComparing(SimilarCandidate::trackingId));
        return out.size() > limit ? List.copyOf(out.subList(0, Math.max(0, limit))) : out;
    }

    /**
     * rid → text similarity 0..1 of the complaints sharing this one's most distinctive words: bm25
     * over title and body as the index can tell it (detail=column: whether a word stands in a
     * column, not how often), each word's document frequency from the index's vocabulary, the sum
     * divided by the complaint's own. (FTS5's bm25() answers 0 for every row of a contentless
     * detail=column table, so the sum is made here from the index's per-column matches.)
     */
    private Map<Long, Double> textScores(Map<String, Integer> presence) throws SQLException {
        List<String> lookup = presence.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(LOOKUP_WORDS).map(Map.Entry::getKey).toList();
        int total = documents();
        long ceiling = ceiling(total);
        Map<String, Long> df = new HashMap<>();
        PreparedStatement v = db.ps("SELECT doc FROM temp.similar_vocab WHERE term = ?");
        for (String word : lookup) {
            Long known = dfCache.get(word);
            long n = 0;
            if (known != null) {
                n = known;
            } else {
                for (String form : SimilarTexts.forms(word)) {
                    v.setString(1, form);
                    try (ResultSet rs = v.executeQuery()) {
                        if (rs.next()) {
                            n += rs.getLong(1);
                        }
                    }
                }
                if (dfCache.size() < DF_CACHE) {
                    dfCache.put(word, n);
                }
            }
            if (n > 1 && n <= ceiling) {
                df.put(word, n);
            }
        }
        List<String> chosen = df.entrySet().stream()
                .sorted(Comparator.comparingDouble(e -> -presence.get(e.getKey()) * SimilarTexts.idf(total, e.getValue())))
                .limit(QUERY_WORDS).map(Map.Entry::getKey).toList();
        double self = 0;
        Map<Long, int[]> hits = new HashMap<>();
        Map<Long, Double> sums = new HashMap<>();
        PreparedStatement p = db.ps("SELECT rowid FROM search.complaint_fts WHERE complaint_fts MATCH ?");
        for (String word : chosen) {
            double idf = SimilarTexts.idf(total, df.get(word));
            self += idf * SimilarTexts.saturated(presence.get(word));
            String forms = String.join(" OR ", SimilarTexts.forms(word).stream().map(f -> '"' + f + '"').toList());
            for (String column : List.of("title", "body")) {
                p.setString(1, "{" + column + "} : (" + forms + ")");
                int weight = column.equals("title") ? SimilarTexts.TITLE : 1;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        hits.computeIfAbsent(rs.getLong(1), k -> new int[1])[0] += weight;
                    }
                }
            }
            for (Map.Entry<Long, int[]> h : hits.entrySet()) {
                sums.merge(h.getKey(), idf * SimilarTexts.saturated(h.getValue()[0]), Double::sum);
            }
            hits.clear();
        }
        if (self <= 0) {
            return Map.of();
        }
        double own = self;
        Map<Long, Double> out = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .limit(TEXT_CANDIDATES + 1)
                .forEach(e -> out.put(e.getKey(), textSimilarity(e.getValue() / own)));
        return out;
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

    private Map<Long, Profile> profiles(List<Long> rids) throws SQLException {
        Map<Long, Profile> out = new HashMap<>();
        PreparedStatement p = db.ps("SELECT " + SimilarScore.COLUMNS + SimilarScore.FROM + " WHERE c.rid = ?");
        for (long r : rids) {
            p.setLong(1, r);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    out.put(r, SimilarScore.profile(rs));
                }
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
