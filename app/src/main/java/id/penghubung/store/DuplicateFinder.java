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
        // The block's words as numbers: each complaint's word ids and presences (title/body), in order of first appearance.
        Map<String, Integer> ids = new HashMap<>();
        int[][] words = new int[n][];
        int[][] presences = new int[n][];
        int[] df = new int[64];
        Map<Long, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(rids[i], i);
        }
        // Every complaint of the block in one statement.
        PreparedStatement p = db.ps("SELECT " + SimilarScore.COLUMNS + ", b.body" + SimilarScore.FROM
                + " JOIN complaint_body b ON b.rid = c.rid WHERE c.rid IN (SELECT value FROM json_each(?))");
        p.setString(1, Arrays.toString(rids));
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                int i = index.get(rs.getLong(1));
                profiles[i] = SimilarScore.profile(rs);
                Map<String, Integer> mine = SimilarTexts.presence(profiles[i].title(), rs.getString(14), profiles[i].village(),
                        profiles[i].district(), profiles[i].regency());
                words[i] = new int[mine.size()];
                presences[i] = new int[mine.size()];
                int k = 0;
                for (Map.Entry<String, Integer> e : mine.entrySet()) {
                    int id = ids.computeIfAbsent(e.getKey(), x -> ids.size());
                    if (id >= df.length) {
                        df = Arrays.copyOf(df, df.length * 2);
                    }
                    df[id]++;
                    words[i][k] = id;
                    presences[i][k++] = e.getValue();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            titles.add(SimilarTexts.words(profiles[i].title()));
        }
        // Block-local postings (word → complaints, presence), laid out one word after another.
        int[] start = new int[ids.size() + 1];
        for (int w = 0; w < ids.size(); w++) {
            start[w + 1] = start[w] + df[w];
        }
        int[] postDoc = new int[start[ids.size()]];
        int[] postPresence = new int[postDoc.length];
        int[] fill = Arrays.copyOf(start, ids.size());
        double[] idf = new double[ids.size()];
        for (int w = 0; w < ids.size(); w++) {
            idf[w] = SimilarTexts.idf(n, df[w]);
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < words[i].length; k++) {
                int slot = fill[words[i][k]]++;
                postDoc[slot] = i;
                postPresence[slot] = presences[i][k];
            }
        }
        long ceiling = Math.max(5, (long) n * BLOCK_DF_PERCENT / 100);
        // Each complaint's own score for its rarest words: pairs are divided by the larger of the two,
        // so a complaint with one shared word and little else does not read as a copy.
        int[][] chosen = new int[n][];
        double[] self = new double[n];
        for (int q = 0; q < n; q++) {
            chosen[q] = rarest(words[q], presences[q], df, idf, ceiling);
            for (int k : chosen[q]) {
                self[q] += idf[words[q][k]] * SimilarTexts.saturated(presences[q][k]);
            }
        }
        Map<Long, Double> edges = new HashMap<>();
        double[] acc = new double[n];
        int[] best = new int[PER_COMPLAINT];
        for (int q = 0; q < n; q++) {
            Arrays.fill(acc, 0);
            for (int k : chosen[q]) {
                int w = words[q][k];
                for (int slot = start[w]; slot < start[w + 1]; slot++) {
                    acc[postDoc[slot]] += idf[w] * SimilarTexts.saturated(postPresence[slot]);
                }
            }
            int found = top(q, acc, profiles, best);
            for (int b = 0; b < found; b++) {
                int d = best[b];
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

    /**
     * Positions (in a complaint's word list) of its rarest {@value SimilarComplaints#QUERY_WORDS}
     * telling words: in more than one complaint of the block and not above the ceiling, the highest
     * presence × idf first, ties in order of first appearance.
     */
    private static int[] rarest(int[] words, int[] presences, int[] df, double[] idf, long ceiling) {
        List<Integer> eligible = new ArrayList<>();
        for (int k = 0; k < words.length; k++) {
            if (df[words[k]] > 1 && df[words[k]] <= ceiling) {
                eligible.add(k);
            }
        }
        eligible.sort(Comparator.comparingDouble(k -> -presences[k] * idf[words[k]]));
        return eligible.stream().limit(SimilarComplaints.QUERY_WORDS).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The best {@link #PER_COMPLAINT} others for complaint {@code q} into {@code best}, by shared words
     * ({@code acc}, highest first, ties by position), those sharing a word or the reporter; how many.
     */
    private static int top(int q, double[] acc, Profile[] profiles, int[] best) {
        int found = 0;
        for (int d = 0; d < acc.length; d++) {
            if (d == q || !(acc[d] > 0 || profiles[q].sameReporter(profiles[d]))) {
                continue;
            }
            if (found == best.length && !(acc[d] > acc[best[found - 1]])) {
                continue;
            }
            int slot = found == best.length ? found - 1 : found++;
            while (slot > 0 && acc[d] > acc[best[slot - 1]]) {
                best[slot] = best[slot - 1];
                slot--;
            }
            best[slot] = d;
        }
        return found;
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
