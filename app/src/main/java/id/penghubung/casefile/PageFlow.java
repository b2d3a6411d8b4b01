package id.penghubung.casefile;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays text and images onto A4 pages of one section (a case file or the table of contents), top to
 * bottom, starting a new page whenever the next line does not fit: a line is never cut. Every page
 * gets the header at once and the "page X of Y" footer when the section is finished.
 */
final class PageFlow {
    static final PDRectangle PAGE = PDRectangle.A4;
    /** Nothing is drawn closer than this to the left and right edges (20 mm). */
    static final float MARGIN_X = 56.7f;
    /** Nothing is drawn closer than this to the top and bottom edges (header and footer live inside). */
    static final float MARGIN_Y = 28f;
    static final float LEFT = MARGIN_X;
    static final float RIGHT = PAGE.getWidth() - MARGIN_X;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = PAGE.getHeight() - 76f;
    static final float BOTTOM = 64f;

    static final Color INK = Color.BLACK;
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0xAA, 0xAA, 0xAA);
    static final Color SECRET = new Color(0xB0, 0x00, 0x20);

    /** The two fonts embedded in one document. */
    record Fonts(PDType0Font regular, PDType0Font bold) {
        static Fonts load(PDDocument doc) throws IOException {
            return new Fonts(FontFace.REGULAR.load(doc), FontFace.BOLD.load(doc));
        }
    }

    /** What every page of a section shows around its content; texts already cleaned. */
    record Decor(String headerLeft, String headerRight, boolean confidential, String secretMark, String printedLine) { }

    /** A place to jump to from the outline. */
    record Mark(String title, PDPage page, float y) { }

    /** A finished section: its pages in order, its marks and what its pages show around the content. */
    record Section(List<PDPage> pages, List<Mark> marks, Decor decor) { }

    /** Formats "page X of Y" for a footer. */
    @FunctionalInterface
    interface PageOf {
        String format(int page, int pages);
    }

    private final PDDocument doc;
    private final Fonts fonts;
    private Decor decor;
    private PageOf pageOf;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    PageFlow(PDDocument doc, Fonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    Fonts fonts() {
        return fonts;
    }

    PDDocument document() {
        return doc;
    }

    void begin(Decor decor, PageOf pageOf) {
        if (cs != null) {
            throw new IllegalStateException("Previous section not finished");
        }
        this.decor = decor;
        this.pageOf = pageOf;
        pages.clear();
        marks.clear();
    }

    /** Starts a page (unless the current one is still empty). */
    void newPage() throws IOException {
        if (cs != null && y >= TOP) {
            return;
        }
        closeStream();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        drawHeader(cs, page);
        y = TOP;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    PDPageContentStream stream() {
        return cs;
    }

    PDPage page() {
        return pages.getLast();
    }

    void space(float points) {
        y -= points;
    }

    /** Makes sure {@code height} points fit below the cursor, else starts a new page. */
    void ensure(float height) throws IOException {
        if (cs == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void mark(String title) throws IOException {
        ensure(0);
        marks.add(new Mark(title, page(), y));
    }

    /** A section heading, kept with at least three lines of what follows. */
    void heading(String text) throws IOException {
        heading(text, 3 * leading(10f));
    }

    /** A section heading, kept with {@code following} points of what comes next. */
    void heading(String text, float following) throws IOException {
        float size = 13f;
        ensure(leading(size) + 18 + Math.min(following, TOP - BOTTOM - leading(size) - 18));
        if (y < TOP) {
            space(10);
        }
        mark(text);
        String clean = LineBreaker.fit(TextSanitizer.cleanLine(text, FontFace.BOLD), FontFace.BOLD, size, WIDTH);
        y -= size;
        show(clean, fonts.bold(), size, LEFT, y, INK);
        y -= 5;
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.6f);
        cs.moveTo(LEFT, y);
        cs.lineTo(RIGHT, y);
        cs.stroke();
        y -= 8;
    }

    /** Wrapped text; returns the number of lines drawn. */
    int paragraph(String raw, boolean bold, float size, float indent, Color color) throws IOException {
        FontFace face = bold ? FontFace.BOLD : FontFace.REGULAR;
        PDType0Font font = bold ? fonts.bold() : fonts.regular();
        List<String> lines = LineBreaker.wrap(TextSanitizer.clean(raw, face), face, size, WIDTH - indent);
        for (String line : lines) {
            line(line, font, size, LEFT + indent, color);
        }
        return lines.size();
    }

    /** A label in a left column and its wrapped value to the right; the label repeats nowhere. */
    void keyValue(String label, String value) throws IOException {
        float size = 10f;
        float labelWidth = 150f;
        List<String> labelLines = LineBreaker.wrap(TextSanitizer.clean(label, FontFace.BOLD), FontFace.BOLD, size, labelWidth - 8);
        List<String> valueLines = LineBreaker.wrap(TextSanitizer.clean(value, FontFace.REGULAR), FontFace.REGULAR, size, WIDTH - labelWidth);
        int rows = Math.max(labelLines.size(), valueLines.size());
        for (int i = 0; i < rows; i++) {
            ensure(leading(size));
            y -= leading(size);
            float baseline = y + (leading(size) - size);
            if (i < labelLines.size()) {
                show(labelLines.get(i), fonts.bold(), size, LEFT, baseline, MUTED);
            }
            if (i < valueLines.size()) {
                show(valueLines.get(i), fonts.regular(), size, LEFT + labelWidth, baseline, INK);
            }
        }
        y -= 2;
    }

    /** One already-cleaned line that fits the width. */
    void line(String clean, PDType0Font font, float size, float x, Color color) throws IOException {
        ensure(leading(size));
        y -= leading(size);
        show(clean, font, size, x, y + (leading(size) - size), color);
    }

    /** The height {@link #image} will give the image, without its spacing. */
    static float imageHeight(PDImageXObject image, float maxHeight) {
        return image.getHeight() * 0.75f * imageScale(image, maxHeight);
    }

    private static float imageScale(PDImageXObject image, float maxHeight) {
        float w = image.getWidth() * 0.75f;
        float h = image.getHeight() * 0.75f;
        float limitHeight = Math.min(maxHeight, TOP - BOTTOM - 8);
        return Math.min(1f, Math.min(WIDTH / w, limitHeight / h));
    }

    /** An image scaled to fit the width and {@code maxHeight}, never enlarged beyond 96 dpi. */
    void image(PDImageXObject image, float maxHeight) throws IOException {
        float scale = imageScale(image, maxHeight);
        float w = image.getWidth() * 0.75f * scale;
        float h = image.getHeight() * 0.75f * scale;
        ensure(h + 6);
        y -= h + 2;
        cs.drawImage(image, LEFT, y, w, h);
        y -= 4;
    }

    /** Closes the section: writes each page's footer now that the page count is known. */
    Section finish() throws IOException {
        Section section = finishWithoutFooters();
        int total = section.pages().size();
        for (int i = 0; i < total; i++) {
            footer(doc, fonts, section.pages().get(i), section.decor(), pageOf.format(i + 1, total));
        }
        return section;
    }

    /** Closes the section and leaves the footers to the caller (a batch numbers its pages only at the end). */
    Section finishWithoutFooters() throws IOException {
        closeStream();
        Section section = new Section(List.copyOf(pages), List.copyOf(marks), decor);
        pages.clear();
        marks.clear();
        return section;
    }

    /** Adds a page that is empty but for its header, a line saying it is empty on purpose, and (later) its footer. */
    PDPage blankPage(String note) throws IOException {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
            float size = 9f;
            String clean = TextSanitizer.cleanLine(note, FontFace.REGULAR);
            show(stream, clean, fonts.regular(), size, LEFT + (WIDTH - FontFace.REGULAR.width(clean, size)) / 2,
                    PAGE.getHeight() / 2, MUTED);
        }
        return page;
    }

    /**
     * Writes a page's footer: the print line on its own line (never shortened for the page number or
     * the RAHASIA band), and below it the page text on the right with the band to its left.
     */
    static void footer(PDDocument doc, Fonts fonts, PDPage page, Decor decor, String pageText) throws IOException {
        try (PDPageContentStream stream = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            float size = 8f;
            float lower = MARGIN_Y + 4f;
            float upper = lower + leading(size) + 3;
            rule(stream, upper + 11);
            show(stream, LineBreaker.fit(decor.printedLine(), FontFace.REGULAR, size, WIDTH), fonts.regular(), size, LEFT, upper, MUTED);
            edgeLine(stream, fonts, decor, lower, size, "", TextSanitizer.cleanLine(pageText, FontFace.BOLD), WIDTH * 0.7f);
        }
    }

    /** Takes pages drawn elsewhere (the table of contents) into this section, for their footers. */
    void adopt(List<PDPage> drawn) {
        if (cs != null) {
            throw new IllegalStateException("Section has an open page");
        }
        pages.addAll(drawn);
    }

    /** Abandons the section (on failure): closes the open stream. */
    void abandon() throws IOException {
        closeStream();
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    static float leading(float size) {
        return size * 1.4f;
    }

    void show(String clean, PDType0Font font, float size, float x, float baseline, Color color) throws IOException {
        show(cs, clean, font, size, x, baseline, color);
    }

    static void show(PDPageContentStream stream, String clean, PDType0Font font, float size, float x, float baseline, Color color)
            throws IOException {
        if (clean.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(color);
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(clean);
        stream.endText();
    }

    void drawHeader(PDPageContentStream stream, PDPage page) throws IOException {
        float baseline = PAGE.getHeight() - 44f;
        // The right text (a tracking number, a report's period) gets up to half the line; the left yields.
        edgeLine(stream, fonts, decor, baseline, 8.5f, decor.headerLeft(), decor.headerRight(), WIDTH / 2);
        rule(stream, baseline - 6);
    }

    /**
     * One header or footer line: muted text on the left, bold text on the right, and on a
     * confidential file the RAHASIA band between them; the left text yields the space.
     */
    private static void edgeLine(PDPageContentStream stream, Fonts fonts, Decor decor, float baseline, float size, String left,
            String right, float rightMax) throws IOException {
        String fittedRight = LineBreaker.fit(right, FontFace.BOLD, size, rightMax);
        float rightWidth = FontFace.BOLD.width(fittedRight, size);
        float leftLimit = RIGHT - rightWidth;
        if (decor.confidential()) {
            leftLimit = secretBanner(stream, fonts, decor, baseline, leftLimit - 10);
        }
        String fittedLeft = LineBreaker.fit(left, FontFace.REGULAR, size, leftLimit - LEFT - 12);
        show(stream, fittedLeft, fonts.regular(), size, LEFT, baseline, MUTED);
        show(stream, fittedRight, fonts.bold(), size, RIGHT - rightWidth, baseline, INK);
    }

    /** A thin rule across the text width. */
    private static void rule(PDPageContentStream stream, float y) throws IOException {
        stream.setStrokingColor(RULE);
        stream.setLineWidth(0.6f);
        stream.moveTo(LEFT, y);
        stream.lineTo(RIGHT, y);
        stream.stroke();
    }

    /** The RAHASIA mark, white bold letters on a red band ending at {@code rightEdge}; returns the band's left edge. */
    private static float secretBanner(PDPageContentStream stream, Fonts fonts, Decor decor, float baseline, float rightEdge)
            throws IOException {
        float size = 9f;
        String mark = decor.secretMark();
        float bandWidth = FontFace.BOLD.width(mark, size) + 16;
        float x = rightEdge - bandWidth;
        stream.setNonStrokingColor(SECRET);
        stream.addRect(x, baseline - 4, bandWidth, size + 6);
        stream.fill();
        show(stream, mark, fonts.bold(), size, x + 8, baseline, Color.WHITE);
        return x;
    }
}
