package id.penghubung.casefile;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking by measured width: paragraphs on '\n', lines broken at spaces, and a word
 * wider than the line (a URL, a long number) cut where it fits, preferably after '/', '-', '?', '&',
 * '=', '_', '.' or ','. Input must be cleaned by {@link TextSanitizer} for the same face.
 */
final class LineBreaker {
    private LineBreaker() {
    }

    /** All lines of a text; an empty paragraph gives an empty line. */
    static List<String> wrap(String cleanText, FontFace face, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : cleanText.split("\n", -1)) {
            wrapParagraph(paragraph, face, size, maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, FontFace face, float size, float maxWidth, List<String> lines) {
        String[] words = paragraph.strip().split(" +");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = face.width(" ", size);
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            float w = face.width(word, size);
            if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (w <= maxWidth) {
                line.append(word);
                lineWidth = w;
            } else {
                List<String> pieces = hardBreak(word, face, size, maxWidth);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                String last = pieces.getLast();
                line.append(last);
                lineWidth = face.width(last, size);
            }
        }
        lines.add(line.toString());
    }

    static List<String> hardBreak(String word, FontFace face, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            float width = 0;
            int end = start;
            int lastBreak = -1;
            while (end < word.length()) {
                int cp = word.codePointAt(end);
                float cw = face.width(cp, size);
                if (width + cw > maxWidth && end > start) {
                    break;
                }
                width += cw;
                end += Character.charCount(cp);
                if ("/-?&=_.,".indexOf(cp) >= 0) {
                    lastBreak = end;
                }
            }
            // Prefer a natural break point unless it would leave the line less than half full.
            if (end < word.length() && lastBreak > start && face.width(word.substring(start, lastBreak), size) >= maxWidth / 2) {
                end = lastBreak;
            }
            pieces.add(word.substring(start, end));
            start = end;
        }
        return pieces;
    }

    /** The text cut to fit one line, ending with an ellipsis when cut. */
    static String fit(String cleanText, FontFace face, float size, float maxWidth) {
        if (face.width(cleanText, size) <= maxWidth) {
            return cleanText;
        }
        float budget = maxWidth - face.width("\u2026", size);
        float width = 0;
        int end = 0;
        while (end < cleanText.length()) {
            int cp = cleanText.codePointAt(end);
            float cw = face.width(cp, size);
            if (width + cw > budget) {
                break;
            }
            width += cw;
            end += Character.charCount(cp);
        }
        return cleanText.substring(0, end).stripTrailing() + "\u2026";
    }
}
