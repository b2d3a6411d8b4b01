package id.penghubung.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the officer typed into a safe FTS5 MATCH expression: every word becomes a quoted
 * phrase (so {@code "}, {@code *}, {@code OR}, {@code NEAR(}, {@code -} are just text), all words
 * must match, and the last word is a prefix as the officer types. A "#" before a tracking ID is
 * dropped. Prefixes shorter than {@value #MIN_PREFIX} characters are matched as whole words: a one-
 * or two-letter prefix expands to most of the vocabulary and would make typing slow.
 */
final class FtsQuery {
    static final int MIN_PREFIX = 3;
    private static final int MAX_WORDS = 16;

    private FtsQuery() {
    }

    /** Empty when the input has no searchable word. */
    static Optional<String> of(String input) {
        if (input == null) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String raw : Texts.wellFormed(input).strip().split("\\s+")) {
            String w = raw.startsWith("#") ? raw.substring(1) : raw;
            if (w.codePoints().anyMatch(Character::isLetterOrDigit) && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 0) {
                q.append(' ');
            }
            q.append('"').append(w.replace("\"", "\"\"")).append('"');
            boolean last = i == words.size() - 1;
            boolean typing = !input.endsWith(" ");
            if (last && typing && w.codePointCount(0, w.length()) >= MIN_PREFIX) {
                q.append('*');
            }
        }
        return Optional.of(q.toString());
    }
}
