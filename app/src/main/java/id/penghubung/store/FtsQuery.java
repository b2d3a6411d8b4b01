package id.penghubung.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the officer typed into a safe FTS5 MATCH expression. The input is cut into tokens the
 * way the unicode61 tokenizer cuts text (letters, digits and combining marks are token characters),
 * each token becomes a quoted single-token phrase (so {@code "}, {@code *}, {@code OR},
 * {@code NEAR(}, {@code -}, {@code :} are just separators), all tokens must match, and the last one
 * is a prefix while the officer is still typing it. "#1916449" finds the tracking ID. Prefixes shorter
 * than {@value #MIN_PREFIX} characters are matched as whole tokens: a short prefix
 * expands to much of the vocabulary and would make typing sluggish.
 */
final class FtsQuery {
    static final int MIN_PREFIX = 4;
    private static final int MAX_TOKENS = 16;

    private FtsQuery() {
    }

    /** Empty when the input has no searchable token. */
    static Optional<String> of(String input) {
        if (input == null) {
            return Optional.empty();
        }
        List<String> tokens = tokens(Texts.wellFormed(input));
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        boolean typing = !input.isEmpty() && isTokenChar(input.codePointBefore(input.length()));
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i > 0) {
                q.append(' ');
            }
            // Tokens hold no quote (it is a separator), so quoting cannot be broken out of.
            q.append('"').append(t).append('"');
            if (i == tokens.size() - 1 && typing && t.codePointCount(0, t.length()) >= MIN_PREFIX) {
                q.append('*');
            }
        }
        return Optional.of(q.toString());
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isTokenChar(cp)) {
                cur.appendCodePoint(cp);
            } else if (!cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        });
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out.size() > MAX_TOKENS ? List.copyOf(out.subList(0, MAX_TOKENS)) : out;
    }

    private static boolean isTokenChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.PRIVATE_USE;
    }
}
