package id.penghubung.casefile;

import java.text.Normalizer;

/**
 * Makes any text a complaint may contain printable with a font: line ends unified to '\n', tabs to a
 * space, control and invisible format characters dropped, characters the font lacks replaced by a
 * visible mark rather than failing the whole case file.
 */
final class TextSanitizer {
    private TextSanitizer() {
    }

    static String clean(String text, FontFace face) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        int replacement = face.supports(0xFFFD) ? 0xFFFD : '?';
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < normalized.length() && normalized.charAt(i) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                out.append('\n');
            } else if (cp == '\t' || cp == 0x0B || cp == 0x0C) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || isInvisible(cp)) {
                // dropped: nothing to print
            } else if (Character.isSpaceChar(cp) && cp != 0x00A0) {
                out.append(' ');
            } else if (face.supports(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(replacement);
            }
        }
        return out.toString();
    }

    /** Clean text on one line: line ends become spaces. */
    static String cleanLine(String text, FontFace face) {
        return clean(text, face).replace('\n', ' ');
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
