package id.penghubung.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One complaint's words as the matcher asks the index for them and scores every candidate by them
 * (bm25 over title and body, title words weighted {@value SimilarTexts#TITLE}, presence per column,
 * divided by the complaint's own score): its most telling words in every written form.
 *
 * <p>Words found in more than {@link SimilarComplaints#ceiling} complaints are left out (they cost the
 * most to rank and tell little apart), unless that leaves fewer than {@link #MIN_WORDS}: the rarest of
 * the common ones then make up the number. When many people file the same report word for word,
 * every word of it is common, and a copy in the same district a day later must still read as the
 * same text (the demo's #3101565 and #3108678; SimilarCommonTextTest). Only the rare words are asked of
 * the index; all of them score every candidate found, also those found another way
 * ({@link SimilarNeighbours}, the same reporter).
 */
final class SimilarTextQuery {
    /**
     * Words a query has at least, when the complaint has that many: the rarest of its common words
     * make up the number (tuned on the training world of seed 7: 4 kept precision@5 above 0.62 and
     * raised recall@5 from 0.89 to 0.96; checked on the held-out seed, SeededDuplicatesRecallTest).
     */
    static final int MIN_WORDS = 4;
    /**
     * Complaints the index may list for one query, summed over its words (each listed for title and
     * body): the rarest words fit, the least rare are left to score what the others found. Caches of a
     * few thousand complaints never reach it (every rare word fits); at 100,000 it bounds the query.
     */
    static final long RETRIEVAL_POSTINGS = 5_000;
    private final Map<String, Integer> presence;
    /** The query's words → idf. */
    private final Map<String, Double> idf;
    /** The rare ones of them asked of the index, the most telling first. */
    private final List<String> retrieval;
    private final double self;

    /** How many cached complaints hold a canonical word. */
    interface Frequency {
        /** The exact count when it is at most {@code ceiling}; otherwise any larger number (counting stops early). */
        long upTo(String word, long ceiling) throws SQLException;

        /** For a word above the ceiling: its count, estimated closely enough to rank common words by. */
        long common(String word) throws SQLException;
    }

    private SimilarTextQuery(Map<String, Integer> presence, Map<String, Double> idf, List<String> retrieval) {
        this.presence = presence;
        this.idf = idf;
        this.retrieval = retrieval;
        double own = 0;
        for (Map.Entry<String, Double> e : idf.entrySet()) {
            own += e.getValue() * SimilarTexts.saturated(presence.get(e.getKey()));
        }
        this.self = own;
    }

    /**
     * The query for a complaint's words ({@code presence}, see {@link SimilarTexts#presence}) over a
     * cache of {@code total} complaints, each word's document frequency from {@code df}. Only the
     * {@value SimilarComplaints#LOOKUP_WORDS} most weighted words are looked up; a word found in one
     * complaint at most (its own) tells nothing.
     */
    static SimilarTextQuery of(Map<String, Integer> presence, int total, Frequency df) throws SQLException {
        List<String> lookup = presence.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(SimilarComplaints.LOOKUP_WORDS).map(Map.Entry::getKey).toList();
        long ceiling = SimilarComplaints.ceiling(total);
        Map<String, Long> known = new HashMap<>();
        int rare = 0;
        for (String word : lookup) {
            long n = df.upTo(word, ceiling);
            if (n > 1) {
                known.put(word, n);
                rare += n <= ceiling ? 1 : 0;
            }
        }
        if (rare < MIN_WORDS) {
            // The rarest common words make up the number: only then is a common word's full count needed.
            for (Map.Entry<String, Long> e : known.entrySet()) {
                if (e.getValue() > ceiling) {
                    e.setValue(Math.max(ceiling + 1, df.common(e.getKey())));
                }
            }
        }
        List<String> byRarity = known.keySet().stream()
                .sorted(Comparator.<String>comparingLong(known::get).thenComparing(Comparator.naturalOrder())).toList();
        Map<String, Double> idf = new LinkedHashMap<>();
        for (String word : byRarity) {
            if (known.get(word) <= ceiling || idf.size() < MIN_WORDS) {
                idf.put(word, SimilarTexts.idf(total, known.get(word)));
            }
        }
        List<String> chosen = idf.keySet().stream()
                .sorted(Comparator.<String>comparingDouble(w -> -presence.get(w) * idf.get(w)).thenComparing(Comparator.naturalOrder()))
                .limit(SimilarComplaints.QUERY_WORDS).toList();
        idf.keySet().retainAll(chosen);
        // Only the rare words are asked of the index (a common word's postings cost the most); the
        // common ones that make up the number score the candidates found (the neighbours among them).
        // The rarest first, while their postings fit the budget: in a large cache a word just under the
        // ceiling still has thousands (a row each through the driver) and finds what rarer words found.
        List<String> retrieval = new ArrayList<>();
        long postings = 0;
        for (String w : chosen.stream().filter(w -> known.get(w) <= ceiling)
                .sorted(Comparator.<String>comparingLong(known::get).thenComparing(Comparator.naturalOrder())).toList()) {
            if (!retrieval.isEmpty() && postings + known.get(w) > RETRIEVAL_POSTINGS) {
                break;
            }
            retrieval.add(w);
            postings += known.get(w);
        }
        return new SimilarTextQuery(presence, idf, retrieval);
    }

    /**
     * rid → how much of this complaint's words it shares (unnormalised), for the best
     * {@code limit} complaints of the index (which holds, with detail=column, whether a word stands in
     * a column, not how often; FTS5's bm25() answers 0 for every row of such a table).
     */
    Map<Long, Double> hits(Db db, int limit) throws SQLException {
        Map<Long, int[]> hits = new HashMap<>();
        Map<Long, Double> sums = new HashMap<>();
        PreparedStatement p = db.ps("SELECT rowid FROM search.complaint_fts WHERE complaint_fts MATCH ?");
        for (String word : retrieval) {
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
            double w = idf.get(word);
            for (Map.Entry<Long, int[]> h : hits.entrySet()) {
                sums.merge(h.getKey(), w * SimilarTexts.saturated(h.getValue()[0]), Double::sum);
            }
            hits.clear();
        }
        Map<Long, Double> out = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The text similarity 0..1 of a candidate with this title and body. */
    double similarity(String title, String body) {
        if (self <= 0) {
            return 0;
        }
        Map<String, Integer> theirs = SimilarTexts.presence(title, body, idf.keySet());
        double sum = 0;
        for (Map.Entry<String, Double> e : idf.entrySet()) {
            Integer p = theirs.get(e.getKey());
            if (p != null) {
                sum += e.getValue() * SimilarTexts.saturated(p);
            }
        }
        return SimilarComplaints.textSimilarity(sum / self);
    }
}
