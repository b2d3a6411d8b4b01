package id.penghubung.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The words of a complaint as the matcher compares them (Bahasa Indonesia, no stemming): cut like
 * the index's unicode61 tokenizer (letters and digits; diacritics dropped), lower-cased, common
 * abbreviations and spelling variants folded onto one canonical word ("jln", "jl" → "jalan";
 * "kel" → "kelurahan"; "tdk", "gak" → "tidak"), and function words left out. The index holds the
 * words as written, so a query asks for every written form of a canonical word ({@link #forms}).
 */
final class SimilarTexts {
    /** Written form → canonical word. Small on purpose: the forms officers and SMS reporters really use. */
    private static final Map<String, String> CANONICAL = new HashMap<>();
    /** Canonical word → every written form (itself first). */
    private static final Map<String, List<String>> FORMS = new HashMap<>();

    static {
        variants("jalan", "jln", "jl");
        variants("kelurahan", "kel", "kelurhn");
        variants("kecamatan", "kec", "kcmtn");
        variants("kabupaten", "kab");
        variants("desa", "ds");
        variants("gang", "gg");
        variants("nomor", "no", "nmr");
        variants("tidak", "tdk", "gak", "nggak", "ga", "tak", "engga", "enggak");
        variants("sudah", "sdh", "udah", "udh", "dah");
        variants("belum", "blm", "blum");
        variants("sekolah", "sklh");
        variants("puskesmas", "pkm");
        variants("rumah", "rmh");
        variants("bantuan", "bantuannya");
        variants("bansos", "bantuansosial");
        variants("pemerintah", "pemda", "pemkot", "pemkab", "pemprov");
        variants("listrik", "pln");
        variants("sampah", "smpah");
        variants("lampu", "pju");
        variants("jembatan", "jembatannya");
        variants("air", "pdam");
        variants("pungutan", "pungli");
        variants("rusak", "rusaknya");
        variants("berlubang", "bolong", "lubang", "lobang");
        variants("sekarang", "skrg", "skrang");
        variants("bulan", "bln");
        variants("minggu", "mgg");
        variants("karena", "krn", "karna");
    }

    private static final Set<String> STOP = Set.of("yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk",
            "pada", "ada", "kami", "saya", "kita", "mereka", "juga", "atau", "tidak", "sudah", "belum", "akan", "bisa",
            "dapat", "agar", "karena", "oleh", "sebagai", "dalam", "tersebut", "sangat", "lagi", "hanya", "sampai",
            "mohon", "tolong", "terima", "kasih", "yth", "bapak", "ibu", "pak", "bu", "selamat", "pagi", "siang",
            "sore", "malam", "para", "serta", "namun", "tapi", "tetapi", "jadi", "setiap", "semua", "sekitar", "hari",
            "kali", "sejak", "masih", "telah", "pun", "lah", "kah", "nya", "the", "sehingga", "bahwa", "kalau", "jika",
            "apa", "sekarang", "segera", "warga", "laporan", "melaporkan", "instansi", "terkait", "nomor", "bulan",
            "minggu", "rumah", "sebelum", "setelah", "kemarin", "dua", "tiga", "satu", "sama", "lain", "lebih", "kurang",
            "banyak", "ingin", "harus", "perlu", "secepatnya", "kembali", "beberapa", "tahun", "lalu", "kok", "dong",
            "sih", "aja", "saja", "deh", "tp", "dgn", "yg", "utk", "dr", "dlm", "sy", "kpd", "tsb", "sdg", "trs", "jd",
            "mhn", "bpk", "thx", "lapor", "lapor1708", "rt", "rw");

    private SimilarTexts() {
    }

    private static void variants(String canonical, String... forms) {
        CANONICAL.put(canonical, canonical);
        List<String> all = new ArrayList<>();
        all.add(canonical);
        for (String f : forms) {
            CANONICAL.put(f, canonical);
            all.add(f);
        }
        FORMS.put(canonical, List.copyOf(all));
    }

    /** The canonical word of a written token (already lower-case, diacritics dropped). */
    static String canonical(String token) {
        return CANONICAL.getOrDefault(token, token);
    }

    /** Every written form of a canonical word, for the index query. */
    static List<String> forms(String canonical) {
        return FORMS.getOrDefault(canonical, List.of(canonical));
    }

    /** True for a word that tells complaints apart (not a function word, not a bare short number). */
    static boolean meaningful(String canonical) {
        if (canonical.length() < 3 || STOP.contains(canonical)) {
            return false;
        }
        for (int i = 0; i < canonical.length(); i++) {
            if (!Character.isDigit(canonical.charAt(i))) {
                return true;
            }
        }
        // A number long enough to be a meter, NIK fragment or amount ("750000") still tells apart.
        return canonical.length() >= 5;
    }

    /**
     * Canonical meaningful words of a text with their weighted counts: a title word counts
     * {@code weight} times. Appends to {@code counts} (insertion order = first appearance).
     */
    static void count(String text, int weight, Map<String, Integer> counts) {
        canonicalTokens(text, word -> {
            if (meaningful(word)) {
                counts.merge(word, weight, Integer::sum);
            }
        });
    }

    /** Every token of a text as its canonical word, in order (function words included). */
    private static void canonicalTokens(String text, Consumer<String> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // Most complaints are plain ASCII: nothing to decompose (the normaliser's pass is skipped).
        String folded = ascii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char ch = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(ch)) {
                cur.append(ch);
            } else if (!cur.isEmpty()) {
                String word = canonical(cur.toString());
                cur.setLength(0);
                out.accept(word);
            }
        }
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #presence(String, String)} of only the {@code wanted} canonical words (a query's): what
     * scoring a candidate needs, without a map entry for each of its other words.
     */
    static Map<String, Integer> presence(String title, String body, Set<String> wanted) {
        Map<String, Integer> out = new HashMap<>();
        canonicalTokens(title, w -> {
            if (wanted.contains(w)) {
                out.put(w, TITLE);
            }
        });
        canonicalTokens(body, w -> {
            if (wanted.contains(w)) {
                out.merge(w, 1, (a, b) -> a == TITLE ? TITLE + 1 : a);
            }
        });
        return out;
    }

    /** A title word's weight; a body word's is 1 (as the inbox search weighs a title hit over a body hit). */
    static final int TITLE = 3;
    private static final double K1 = 1.2;

    /**
     * Where each canonical meaningful word stands: {@link #TITLE} in the title, 1 in the body, their
     * sum in both. The index (detail=column) knows exactly this much of a word in a complaint.
     */
    static Map<String, Integer> presence(String title, String body) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String w : words(title)) {
            out.put(w, TITLE);
        }
        for (String w : words(body)) {
            out.merge(w, 1, (a, b) -> a == TITLE ? TITLE + 1 : a);
        }
        return out;
    }

    /**
     * {@link #presence} without the words of the complaint's own place (village, district, regency):
     * a place name is rare and would make every report from the same village read alike; the area
     * counts once, as the AREA reason.
     */
    static Map<String, Integer> presence(String title, String body, String... place) {
        Map<String, Integer> out = presence(title, body);
        for (String p : place) {
            out.keySet().removeAll(words(p));
        }
        return out;
    }

    /** bm25's saturated term weight for a presence (title/body/both), before its idf. */
    static double saturated(int presence) {
        return presence * (K1 + 1) / (presence + K1);
    }

    /** bm25's idf of a word found in {@code df} of {@code n} complaints (never negative). */
    static double idf(long n, long df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** The canonical meaningful words of one text, each once, in order of first appearance. */
    static Set<String> words(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        count(text, 1, counts);
        return counts.keySet();
    }

    /** Dice overlap of two word sets, 0..1. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
