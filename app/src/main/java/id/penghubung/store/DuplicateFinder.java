package id.penghubung.store;

import id.penghubung.store.SimilarScore.Profile;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The duplicate groups of the whole cache without one index query per complaint: complaints are
 * compared only within a block of the same parent category and regency (sub-divided by district
 * when a block is larger than {@value #MAX_BLOCK}, as in an officer's one-city cache), one block in
 * memory at a time. Within a block, text similarity is the same bm25 as in {@link SimilarComplaints}
 * (title words weighted 3, presence per column) over the block's own word statistics, each complaint's score for its rarest
 * words divided by its own; the score is {@link SimilarScore}'s. Links at or above the minimum
 * score join complaints into groups (single linkage); a group's score is the mean of its links.
 * Duplicates filed under another parent category or another regency are not found here
 * ({@link SimilarComplaints#similar} still finds them for one complaint).
 */
public final class DuplicateFinder {
    /** Told after each block: complaints compared so far, of all. */
    @FunctionalInterface
    public interface Progress {
        void advance(int done, int total);
    }

    static final int MAX_BLOCK = 3_000;
    /** Best text matches per complaint that are scored. */
    static final int PER_COMPLAINT = 25;
    /** Within a block (one category and area), words in more than this share of it tell nothing apart. */
    static final int BLOCK_DF_PERCENT = 15;

    private final Db db;
    private final double minScore;
    private final Progress progress;

    DuplicateFinder(Db db, double minScore, Progress progress) {
        this.db = db;
        this.minScore = minScore;
        this.progress = progress;
    }

    List<DuplicateGroup> run() {
        List<long[]> blocks = db.read(this::blocks);
        int total = blocks.stream().mapToInt(b -> b.length).sum();
        List<DuplicateGroup> groups = new ArrayList<>();
        int done = 0;
        for (long[] block : blocks) {
            if (block.length > 1) {
                groups.addAll(db.read(() -> group(block)));
            }
            done += block.length;
            progress.advance(done, total);
        }
        groups.sort(Comparator.comparingDouble(DuplicateGroup::score).reversed().thenComparing(DuplicateGroup::groupId));
        return groups;
    }

    /** The rids of each block, blocks in a stable order. */
    private List<long[]> blocks() throws SQLException {
        Map<String, List<long[]>> byKey = new TreeMap<>();
        try (ResultSet rs = db.ps("SELECT rid, coalesce(category_parent_id, category_id), regency, district, village"
                + " FROM complaint").executeQuery()) {
            while (rs.next()) {
                byKey.computeIfAbsent(rs.getString(2) + '\u0001' + rs.getString(3), k -> new ArrayList<>())
                        .add(new long[] {rs.getLong(1), (rs.getString(4) + '\u0001' + rs.getString(5)).hashCode(),
                            rs.getString(4).hashCode()});
            }
        }
        List<long[]> out = new ArrayList<>();
        for (List<long[]> rows : byKey.values()) {
            split(rows, 2, out);
        }
        return out;
    }

    /** Splits a large block by district (column 2), then by village (column 1). */
    private static void split(List<long[]> rows, int column, List<long[]> out) {
        if (rows.size() <= MAX_BLOCK || column == 0) {
            out.add(rows.stream().mapToLong(r -> r[0]).sorted().toArray());
            return;
        }
        Map<Long, List<long[]>> parts = new TreeMap<>();
        for (long[] r : rows) {
            parts.computeIfAbsent(r[column], k -> new ArrayList<>()).add(r);
        }
        for (List<long[]> part : parts.values()) {
            split(part, column - 1, out);
        }
    }

    private List<DuplicateGroup> group(long[] rids) throws SQLException {
        int n = rids.length;
        Profile[] profiles = new Profile[n];
        List<Set<String>> titles = new ArrayList<>(n);
        List<Map<String, Integer>> words = new ArrayList<>(n);
        PreparedStatement p = db.ps("SELECT " + SimilarScore.COLUMNS + ", b.body" + SimilarScore.FROM
                + " JOIN complaint_body b ON b.rid = c.rid WHERE c.rid = ?");
        for (int i = 0; i < n; i++) {
            p.setLong(1, rids[i]);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                profiles[i] = SimilarScore.profile(rs);
                words.add(SimilarTexts.presence(profiles[i].title(), rs.getString(14), profiles[i].village(),
                        profiles[i].district(), profiles[i].regency()));
            }
            titles.add(SimilarTexts.words(profiles[i].title()));
        }
        // Block-local postings: word → (complaint, presence in title/body).
        Map<String, List<int[]>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Integer> e : words.get(i).entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {i, e.getValue()});
            }
        }
        long ceiling = Math.max(5, (long) n * BLOCK_DF_PERCENT / 100);
        // Each complaint's own score for its rarest words: pairs are divided by the larger of the two,
        // so a complaint with one shared word and little else does not read as a copy.
        List<List<String>> chosen = new ArrayList<>(n);
        double[] self = new double[n];
        for (int q = 0; q < n; q++) {
            Map<String, Integer> mine = words.get(q);
            List<String> rare = mine.keySet().stream()
                    .filter(w -> postings.get(w).size() > 1 && postings.get(w).size() <= ceiling)
                    .sorted(Comparator.comparingDouble(w -> -mine.get(w) * SimilarTexts.idf(n, postings.get(w).size())))
                    .limit(SimilarComplaints.QUERY_WORDS).toList();
            chosen.add(rare);
            for (String w : rare) {
                self[q] += SimilarTexts.idf(n, postings.get(w).size()) * SimilarTexts.saturated(mine.get(w));
            }
        }
        Map<Long, Double> edges = new HashMap<>();
        double[] acc = new double[n];
        for (int q = 0; q < n; q++) {
            Arrays.fill(acc, 0);
            for (String w : chosen.get(q)) {
                double idf = SimilarTexts.idf(n, postings.get(w).size());
                for (int[] post : postings.get(w)) {
                    acc[post[0]] += idf * SimilarTexts.saturated(post[1]);
                }
            }
            List<Integer> best = new ArrayList<>();
            for (int d = 0; d < n; d++) {
                if (d != q && (acc[d] > 0 || profiles[q].sameReporter(profiles[d]))) {
                    best.add(d);
                }
            }
            best.sort(Comparator.comparingDouble(d -> -acc[d]));
            for (int d : best.subList(0, Math.min(best.size(), PER_COMPLAINT))) {
                double norm = Math.max(self[q], self[d]);
                double text = norm > 0 ? SimilarComplaints.textSimilarity(acc[d] / norm) : 0;
                double score = SimilarScore.score(profiles[q], profiles[d], text,
                        SimilarTexts.dice(titles.get(q), titles.get(d))).score();
                if (score >= minScore) {
                    edges.merge((long) Math.min(q, d) << 32 | Math.max(q, d), score, Math::max);
                }
            }
        }
        return groups(profiles, edges);
    }

    private static List<DuplicateGroup> groups(Profile[] profiles, Map<Long, Double> edges) {
        int[] parent = new int[profiles.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (long key : edges.keySet()) {
            int a = find(parent, (int) (key >>> 32));
            int b = find(parent, (int) key);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Integer, double[]> sums = new HashMap<>();
        for (Map.Entry<Long, Double> e : edges.entrySet()) {
            double[] s = sums.computeIfAbsent(find(parent, (int) (e.getKey() >>> 32)), k -> new double[2]);
            s[0] += e.getValue();
            s[1]++;
        }
        Map<Integer, List<String>> members = new TreeMap<>();
        for (int i = 0; i < profiles.length; i++) {
            int root = find(parent, i);
            if (sums.containsKey(root)) {
                members.computeIfAbsent(root, k -> new ArrayList<>()).add(profiles[i].tracking());
            }
        }
        List<DuplicateGroup> out = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : members.entrySet()) {
            List<String> ids = e.getValue().stream()
                    .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).toList();
            double[] s = sums.get(e.getKey());
            out.add(new DuplicateGroup("G" + ids.getFirst(), Math.round(s[0] / s[1] * 1000) / 1000.0, ids));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
