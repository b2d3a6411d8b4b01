package id.penghubung.store;

import id.penghubung.model.FieldLimits;
import java.nio.charset.StandardCharsets;

/**
 * Guards every string on its way into SQLite: lone UTF-16 surrogates (which cannot be encoded as
 * UTF-8) and NUL characters become U+FFFD, so what is stored is exactly what is read back; and each
 * field has a cap, so one absurd row fails clearly instead of bloating the file.
 */
final class Texts {
    // The server's record fields: the contract's limits (FieldLimits), shared with the training server.
    static final int MAX_SHORT = FieldLimits.SHORT;
    static final int MAX_TITLE = FieldLimits.TITLE;
    static final int MAX_BODY = FieldLimits.BODY;
    static final int MAX_EVENT_TEXT = FieldLimits.EVENT_TEXT;
    static final int MAX_DRAFT = 200_000;
    static final int MAX_PAYLOAD = 500_000;
    static final int MAX_SERVER_ANSWER = 2_000_000;
    static final int MAX_AUDIT_DETAIL = 10_000;

    private static final char REPLACEMENT = '\uFFFD';

    private Texts() {
    }

    /** The value made storable, or RowTooLargeException when longer than {@code max} chars. */
    static String clean(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw new RowTooLargeException(field, value.length(), max);
        }
        return wellFormed(value);
    }

    /** Replaces lone surrogates and NUL with U+FFFD; returns the same instance when nothing needs fixing. */
    static String wellFormed(String value) {
        int i = firstUnstorable(value);
        if (i < 0) {
            return value;
        }
        int n = value.length();
        StringBuilder out = new StringBuilder(n).append(value, 0, i);
        while (i < n) {
            char ch = value.charAt(i);
            if (ok(value, i)) {
                if (Character.isHighSurrogate(ch)) {
                    out.append(ch).append(value.charAt(i + 1));
                    i += 2;
                } else {
                    out.append(ch);
                    i++;
                }
            } else {
                out.append(REPLACEMENT);
                i++;
            }
        }
        return out.toString();
    }

    /** True when {@link #clean} would return {@code value} itself (null, short enough, nothing to fix). */
    static boolean storable(String value, int max) {
        return value == null || value.length() <= max && firstUnstorable(value) < 0;
    }

    /** Below this length the plain scan is as quick as the probes. */
    private static final int PROBE_MIN = 32;
    /** Chars copied out per step by the scan of a text beyond U+00FF. */
    private static final int CHUNK = 1_024;

    /**
     * Index of the first NUL or lone surrogate, or -1. Every text of a pull passes through here (a
     * pull of 100,000 complaints is ~300 million chars), so the common case is made cheap: a text
     * with no char above U+00FF (most Indonesian text) round-trips through ISO-8859-1 unchanged and
     * cannot hold a surrogate, and {@link String#indexOf(int)} looks for a NUL with vector
     * instructions (~30 times quicker than a char-by-char scan, measured).
     */
    private static int firstUnstorable(String s) {
        int n = s.length();
        if (n < PROBE_MIN) {
            return scan(s);
        }
        if (new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1).equals(s)) {
            return s.indexOf('\0');
        }
        return scanChunks(s);
    }

    private static int scan(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (suspect(ch)) {
                if (!ok(s, i)) {
                    return i;
                }
                i++; // a valid surrogate pair: skip its low half
            }
        }
        return -1;
    }

    /** As {@link #scan}, over chars copied out in chunks (charAt on a text beyond U+00FF is ~7x slower). */
    private static int scanChunks(String s) {
        int n = s.length();
        char[] buf = new char[Math.min(n, CHUNK)];
        int pairEnd = 0; // a valid pair's low half may start the next chunk
        for (int from = 0; from < n; from += buf.length) {
            int len = Math.min(buf.length, n - from);
            s.getChars(from, from + len, buf, 0);
            for (int k = 0; k < len; k++) {
                int i = from + k;
                if (suspect(buf[k]) && i >= pairEnd) {
                    if (!ok(s, i)) {
                        return i;
                    }
                    pairEnd = i + 2;
                }
            }
        }
        return -1;
    }

    private static boolean suspect(char ch) {
        return ch == 0 || (ch & 0xF800) == 0xD800;
    }

    private static boolean ok(String s, int i) {
        char ch = s.charAt(i);
        if (ch == 0 || Character.isLowSurrogate(ch)) {
            return false;
        }
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return true;
    }
}
