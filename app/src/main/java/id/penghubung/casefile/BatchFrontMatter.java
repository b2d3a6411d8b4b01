package id.penghubung.casefile;

import id.penghubung.i18n.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * The front of a batch of case files, drawn once every case file is in place: page 1 the summary
 * table (each case, its institution, each clock met or missed), then the table of contents with a
 * link per case; and every page's footer, numbered both ways ("Berkas 3/21 · Halaman 2 dari 4 ·
 * hlm. 17 dari 43"). The pages are reserved up front from the announced count.
 */
final class BatchFrontMatter {
    private static final float TOC_SIZE = 9.5f;
    private static final float TOC_LEADING = PageFlow.leading(TOC_SIZE) + 2;
    private static final float TABLE_SIZE = 8f;
    private static final float ROW_HEIGHT = 2 * PageFlow.leading(TABLE_SIZE) + 3;
    private static final float TITLE_SPACE = 36f;
    /** The clocks in the summary's columns, in the order a complaint meets them. */
    private static final List<String> CLOCKS = List.of(CaseFileDeadline.KIND_DISPOSITION, CaseFileDeadline.KIND_FOLLOW_UP,
            CaseFileDeadline.KIND_AUTO_CLOSE, CaseFileDeadline.KIND_COMPLETION);
    static final int TOC_PER_PAGE = (int) Math.floor((PageFlow.TOP - PageFlow.BOTTOM - 40) / TOC_LEADING);
    static final int SUMMARY_PER_PAGE = (int) Math.floor((PageFlow.TOP - PageFlow.BOTTOM - TITLE_SPACE - ROW_HEIGHT) / ROW_HEIGHT);

    /** One case in the batch, as the front pages list it. */
    record Entry(String trackingId, String title, String institution, boolean confidential, List<CaseFileDeadline> deadlines,
            PDPage page, int pageNumber) { }

    /** One page's footer, written when the batch's page count is known; {@code caseNumber} 0 for front and blank pages. */
    record Footer(PDPage page, PageFlow.Decor decor, int pageNumber, int caseNumber, int pageInCase, int casePages) { }

    private BatchFrontMatter() {
    }

    static int pagesFor(int count, int perPage) {
        return Math.max(1, (count + perPage - 1) / perPage);
    }

    /** The decor of the front pages and blank versos: no institution, no RAHASIA band. */
    static PageFlow.Decor decor(Messages msg, int count, String printedLine) {
        return new PageFlow.Decor(TextSanitizer.cleanLine(msg.get("casefile.toc.header", count), FontFace.REGULAR),
                TextSanitizer.cleanLine(msg.get("casefile.front.title"), FontFace.BOLD), false, msg.get("casefile.mark.confidential"),
                printedLine);
    }

    static void drawSummary(PDDocument doc, PageFlow flow, Messages msg, List<PDPage> pages, List<Entry> entries) throws IOException {
        PageFlow.Fonts fonts = flow.fonts();
        float[] widths = columnWidths();
        List<String> header = new ArrayList<>(List.of(msg.get("casefile.summary.number"), msg.get("casefile.summary.case"),
                msg.get("casefile.summary.institution")));
        CLOCKS.forEach(k -> header.add(msg.get(columnKey(k))));
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = pages.get(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                flow.drawHeader(cs, page);
                float y = PageFlow.TOP;
                String title = msg.get(p == 0 ? "casefile.summary.title" : "casefile.summary.titleContinued");
                PageFlow.show(cs, TextSanitizer.cleanLine(title, FontFace.BOLD), fonts.bold(), 14f, PageFlow.LEFT, y - 14f, PageFlow.INK);
                y -= TITLE_SPACE;
                y = row(cs, fonts, widths, y, header, true, List.of());
                int from = p * SUMMARY_PER_PAGE;
                int to = Math.min(entries.size(), from + SUMMARY_PER_PAGE);
                for (int i = from; i < to; i++) {
                    Entry e = entries.get(i);
                    List<String> cells = new ArrayList<>(List.of(Integer.toString(i + 1), e.trackingId(),
                            e.institution().isEmpty() ? msg.get("casefile.value.none") : e.institution()));
                    List<Boolean> late = new ArrayList<>(List.of(false, false, false));
                    for (String clock : CLOCKS) {
                        Optional<CaseFileDeadline> d = e.deadlines().stream().filter(x -> x.kindKey().equals(clock)).findFirst();
                        String state = d.map(CaseFileDeadline::stateKey).orElse(CaseFileDeadline.STATE_NOT_APPLICABLE);
                        String key = cellKey(state);
                        cells.add(key.isEmpty() ? state : msg.get(key, d.map(CaseFileDeadline::workingDays).orElse(0)));
                        late.add(state.equals(CaseFileDeadline.STATE_MISSED) || state.equals(CaseFileDeadline.STATE_OVERDUE));
                    }
                    y = row(cs, fonts, widths, y, cells, false, late);
                }
            }
        }
    }

    /** The short column heading of a clock. */
    private static String columnKey(String kindKey) {
        return switch (kindKey) {
            case CaseFileDeadline.KIND_DISPOSITION -> "casefile.summary.kind.disposition";
            case CaseFileDeadline.KIND_FOLLOW_UP -> "casefile.summary.kind.followUp";
            case CaseFileDeadline.KIND_AUTO_CLOSE -> "casefile.summary.kind.autoClose";
            default -> "casefile.summary.kind.completion";
        };
    }

    /** The short words of a clock's state in a table cell; empty for a state the writer does not know (printed as is). */
    private static String cellKey(String stateKey) {
        return switch (stateKey) {
            case CaseFileDeadline.STATE_MET -> "casefile.summary.state.met";
            case CaseFileDeadline.STATE_MISSED -> "casefile.summary.state.missed";
            case CaseFileDeadline.STATE_PENDING -> "casefile.summary.state.pending";
            case CaseFileDeadline.STATE_OVERDUE -> "casefile.summary.state.overdue";
            case CaseFileDeadline.STATE_NOT_APPLICABLE -> "casefile.summary.state.notApplicable";
            default -> "";
        };
    }

    private static float[] columnWidths() {
        float fixed = 24 + 58 + 124;
        float clock = (PageFlow.WIDTH - fixed) / CLOCKS.size();
        return new float[] {24, 58, 124, clock, clock, clock, clock};
    }

    /** One table row of up to two lines per cell, a thin rule below; returns the next row's top. */
    private static float row(PDPageContentStream cs, PageFlow.Fonts fonts, float[] widths, float top, List<String> cells,
            boolean header, List<Boolean> red) throws IOException {
        FontFace face = header ? FontFace.BOLD : FontFace.REGULAR;
        float x = PageFlow.LEFT;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = LineBreaker.wrap(TextSanitizer.cleanLine(cells.get(c), face), face, TABLE_SIZE, widths[c] - 4);
            if (lines.size() > 2) {
                lines = List.of(lines.get(0), LineBreaker.fit(String.join(" ", lines.subList(1, lines.size())), face, TABLE_SIZE,
                        widths[c] - 4));
            }
            float baseline = top - TABLE_SIZE - 2;
            boolean late = !header && c < red.size() && red.get(c);
            for (String line : lines) {
                PageFlow.show(cs, line, header ? fonts.bold() : fonts.regular(), TABLE_SIZE, x, baseline,
                        late ? PageFlow.SECRET : header ? PageFlow.MUTED : PageFlow.INK);
                baseline -= PageFlow.leading(TABLE_SIZE);
            }
            x += widths[c];
        }
        float bottom = top - ROW_HEIGHT;
        cs.setStrokingColor(PageFlow.RULE);
        cs.setLineWidth(header ? 0.8f : 0.3f);
        cs.moveTo(PageFlow.LEFT, bottom + 1);
        cs.lineTo(PageFlow.RIGHT, bottom + 1);
        cs.stroke();
        return bottom;
    }

    static void drawToc(PDDocument doc, PageFlow flow, Messages msg, List<PDPage> toc, List<Entry> entries) throws IOException {
        PageFlow.Fonts fonts = flow.fonts();
        for (int p = 0; p < toc.size(); p++) {
            PDPage page = toc.get(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float y = PageFlow.TOP;
                PageFlow.show(cs, TextSanitizer.cleanLine(msg.get("casefile.toc.title"), FontFace.BOLD), fonts.bold(), 14f,
                        PageFlow.LEFT, y - 14f, PageFlow.INK);
                y -= TITLE_SPACE;
                flow.drawHeader(cs, page);
                int from = p * TOC_PER_PAGE;
                int to = Math.min(entries.size(), from + TOC_PER_PAGE);
                float numberWidth = FontFace.REGULAR.width("00000", TOC_SIZE);
                float idWidth = FontFace.BOLD.width("#000000000000", TOC_SIZE) * 0.75f;
                for (Entry e : entries.subList(from, to)) {
                    y -= TOC_LEADING;
                    String id = TextSanitizer.cleanLine(e.trackingId(), FontFace.BOLD);
                    PageFlow.show(cs, id, fonts.bold(), TOC_SIZE, PageFlow.LEFT, y, PageFlow.INK);
                    String mark = e.confidential() ? " [" + msg.get("casefile.mark.confidential") + "]" : "";
                    float titleX = PageFlow.LEFT + Math.max(idWidth, FontFace.BOLD.width(id, TOC_SIZE) + 8);
                    String title = LineBreaker.fit(TextSanitizer.cleanLine(e.title() + mark, FontFace.REGULAR), FontFace.REGULAR, TOC_SIZE,
                            PageFlow.RIGHT - numberWidth - 8 - titleX);
                    PageFlow.show(cs, title, fonts.regular(), TOC_SIZE, titleX, y, PageFlow.INK);
                    String number = Integer.toString(e.pageNumber());
                    PageFlow.show(cs, number, fonts.regular(), TOC_SIZE, PageFlow.RIGHT - FontFace.REGULAR.width(number, TOC_SIZE), y,
                            PageFlow.INK);
                    link(page, e.page(), y - 3, TOC_LEADING);
                }
            }
        }
    }

    /** Every page's footer, now that the batch's page count is known. */
    static void drawFooters(PDDocument doc, PageFlow.Fonts fonts, Messages msg, List<Footer> footers, int cases) throws IOException {
        int total = doc.getNumberOfPages();
        for (Footer f : footers) {
            String text = f.caseNumber() == 0
                    ? msg.get("casefile.footer.batchFront", f.pageNumber(), total)
                    : msg.get("casefile.footer.batchPage", f.caseNumber(), cases, f.pageInCase(), f.casePages(), f.pageNumber(), total);
            PageFlow.footer(doc, fonts, f.page(), f.decor(), text);
        }
    }

    private static void link(PDPage from, PDPage to, float y, float height) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(PageFlow.LEFT, y, PageFlow.WIDTH, height));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(to);
        dest.setTop((int) PageFlow.PAGE.getHeight());
        link.setDestination(dest);
        from.getAnnotations().add(link);
    }
}
