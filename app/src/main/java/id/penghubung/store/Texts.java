package id.penghubung.store;

/**
 * Guards every string on its way into SQLite: lone UTF-16 surrogates (which cannot be encoded as
 * UTF-8) and NUL characters become U+FFFD, so what is stored is exactly what is read back; and each
 * field has a cap, so one absurd row fails clearly instead of bloating the file.
 */
final class Texts {
    static final int MAX_SHORT = 1_000;
    static final int MAX_TITLE = 2_000;
    static final int MAX_BODY = 200_000;
    static final int MAX_EVENT_TEXT = 100_000;
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

    /**
     * Index of the first NUL or lone surrogate, or -1. One mask test per char on the common path:
     * every text of a pull passes through here (a pull of 100,000 complaints is ~250 million chars).
     */
    private static int firstUnstorable(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == 0 || (ch & 0xF800) == 0xD800) {
                if (!ok(s, i)) {
                    return i;
                }
                i++; // a valid surrogate pair: skip its low half
            }
        }
        return -1;
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
