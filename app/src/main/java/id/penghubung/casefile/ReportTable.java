package id.penghubung.casefile;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A plain table for the periodic report: a bold header (wrapped over up to three lines, repeated at
 * the top of each new page), then one line per row; the first {@code leftAligned} columns are text,
 * the rest numbers, right-aligned. Cells that do not fit are shortened with an ellipsis.
 */
final class ReportTable {
    private final PageFlow flow;
    /** The smallest a heading is set to keep its words whole (points). */
    private static final float MIN_HEADER = 4.5f;
    private final float[] widths;
    private final List<String> header;
    private final int leftAligned;
    private final float size;

    ReportTable(PageFlow flow, float[] widths, List<String> header, int leftAligned, float size) {
        this.flow = flow;
        this.widths = widths.clone();
        this.header = List.copyOf(header);
        this.leftAligned = leftAligned;
        this.size = size;
    }

    /**
     * The height of a table's header and its first {@code rows} rows in cells of {@code size}: what a
     * heading keeps on its page, so it never stands alone at a page's foot.
     */
    static float start(float size, int rows) {
        float lead = PageFlow.leading(size);
        return 3 * lead + 5 + rows * lead;
    }

    /** This table's {@link #start(float, int)}. */
    float start(int rows) {
        return start(size, rows);
    }

    void header() throws IOException {
        float lead = PageFlow.leading(size);
        flow.ensure(start(1));
        float top = flow.y();
        float x = PageFlow.LEFT;
        for (int c = 0; c < widths.length; c++) {
            String text = TextSanitizer.clean(header.get(c), FontFace.BOLD);
            float fontSize = wholeWords(text, widths[c] - 3);
            List<String> lines = LineBreaker.wrap(text, FontFace.BOLD, fontSize, widths[c] - 3);
            for (int i = 0; i < Math.min(3, lines.size()); i++) {
                cell(lines.get(i), FontFace.BOLD, fontSize, c, x, top - lead * (i + 1) + (lead - size), PageFlow.INK);
            }
            x += widths[c];
        }
        flow.moveTo(top - 3 * lead - 3);
        rule(flow.y());
        flow.moveTo(flow.y() - 2);
    }

    /** One row; {@code colors} null or one colour per cell (null = ink). */
    void row(List<String> cells, List<Color> colors) throws IOException {
        float lead = PageFlow.leading(size);
        int pages = flow.document().getNumberOfPages();
        flow.ensure(lead);
        if (flow.document().getNumberOfPages() != pages) {
            header();
        }
        float baseline = flow.y() - lead + (lead - size);
        float x = PageFlow.LEFT;
        for (int c = 0; c < widths.length; c++) {
            Color color = colors == null || colors.get(c) == null ? PageFlow.INK : colors.get(c);
            cell(TextSanitizer.cleanLine(cells.get(c), FontFace.REGULAR), FontFace.REGULAR, size, c, x, baseline, color);
            x += widths[c];
        }
        flow.moveTo(flow.y() - lead);
    }

    void end() throws IOException {
        rule(flow.y() - 1);
        flow.space(6);
    }

    /** Headers a little smaller than the cells, so a column's words fit whole. */
    private float headerSize() {
        return size - 0.5f;
    }

    /**
     * The header size, or smaller (down to {@link #MIN_HEADER}) where a word of the heading is wider
     * than its column: "Reopened" set a little smaller rather than broken into "Reope" and "ned".
     */
    private float wholeWords(String text, float width) {
        float fontSize = headerSize();
        for (String word : text.split(" ")) {
            float wide = FontFace.BOLD.width(word, fontSize);
            if (wide > width) {
                fontSize = Math.max(MIN_HEADER, fontSize * width / wide * 0.99f);
            }
        }
        return fontSize;
    }

    private void cell(String clean, FontFace face, float fontSize, int column, float x, float baseline, Color color) throws IOException {
        String fitted = LineBreaker.fit(clean, face, fontSize, widths[column] - 3);
        var font = face == FontFace.BOLD ? flow.fonts().bold() : flow.fonts().regular();
        float at = column < leftAligned ? x : x + widths[column] - 3 - face.width(fitted, fontSize);
        flow.show(fitted, font, fontSize, at, baseline, color);
    }

    private void rule(float y) throws IOException {
        PDPageContentStream cs = flow.stream();
        cs.setStrokingColor(PageFlow.RULE);
        cs.setLineWidth(0.5f);
        cs.moveTo(PageFlow.LEFT, y);
        cs.lineTo(PageFlow.LEFT + sum(), y);
        cs.stroke();
    }

    private float sum() {
        float s = 0;
        for (float w : widths) {
            s += w;
        }
        return s;
    }
}
