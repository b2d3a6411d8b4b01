package id.penghubung.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font shipped under {@code /penghubung/fonts/}: its bytes (read once), its character map
 * (to know which characters it can show) and glyph widths (for line breaking without touching a
 * document). Each PDF gets its own subset-embedded {@link PDType0Font} from {@link #load}.
 */
final class FontFace {
    static final FontFace REGULAR = new FontFace("/penghubung/fonts/DejaVuSans.ttf");
    static final FontFace BOLD = new FontFace("/penghubung/fonts/DejaVuSans-Bold.ttf");

    private final String resource;
    private volatile Loaded loaded;
    /** Advance width in 1/1000 em per code point; -1 when the font has no glyph for it. */
    private final ConcurrentHashMap<Integer, Float> advances = new ConcurrentHashMap<>();

    private record Loaded(byte[] bytes, TrueTypeFont ttf, CmapLookup cmap, float scale) { }

    private FontFace(String resource) {
        this.resource = resource;
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = read();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private Loaded read() {
        try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            return new Loaded(bytes, ttf, ttf.getUnicodeCmapLookup(), 1000f / ttf.getUnitsPerEm());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }

    /** A new subset-embedded font for one document. */
    PDType0Font load(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(loaded().bytes()), true);
    }

    boolean supports(int codePoint) {
        return advance(codePoint) >= 0;
    }

    private float advance(int codePoint) {
        Float cached = advances.get(codePoint);
        if (cached != null) {
            return cached;
        }
        float value;
        Loaded l = loaded();
        // fontbox reads its tables lazily and is not thread-safe: one reader at a time.
        synchronized (l.ttf()) {
            int gid = l.cmap().getGlyphId(codePoint);
            try {
                value = gid == 0 ? -1f : l.ttf().getAdvanceWidth(gid) * l.scale();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        advances.put(codePoint, value);
        return value;
    }

    /** The width in points of text already cleaned by {@link TextSanitizer} for this face. */
    float width(CharSequence text, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            total += Math.max(0f, advance(cp));
            i += Character.charCount(cp);
        }
        return total * size / 1000f;
    }

    float width(int codePoint, float size) {
        return Math.max(0f, advance(codePoint)) * size / 1000f;
    }
}
