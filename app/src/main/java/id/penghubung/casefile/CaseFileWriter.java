package id.penghubung.casefile;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.store.export.PrivateFile;
import id.penghubung.store.export.PrivateSpool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes case files (berkas pengaduan) as PDF: one complaint to a stream, many into one PDF with a
 * table of contents and an outline, or many into one file each. Files appear complete or not at all,
 * owner-only (0600): each is written to a hidden temporary file beside the target and moved into
 * place — or, with a {@link PrivateSpool}, in the private spool (with the batch's scratch file), so a
 * killed process leaves nothing at the destination and its partial file is swept at the next start.
 *
 * <p>Thread-safe: holds no state between calls. The batch reads its requests lazily and keeps page
 * contents in a scratch file, so memory does not grow with the number of complaints' text and images.
 */
public final class CaseFileWriter {
    private static final float TOC_SIZE = 9.5f;
    private static final float TOC_LEADING = PageFlow.leading(TOC_SIZE) + 2;

    private final Optional<PrivateSpool> spool;

    /** Temporary files beside the target. */
    public CaseFileWriter() {
        this.spool = Optional.empty();
    }

    /** Temporary and scratch files in the spool (the headless {@code print}). */
    public CaseFileWriter(PrivateSpool spool) {
        this.spool = Optional.of(spool);
    }

    /** One complaint's case file to {@code out} (not closed). */
    public void writeOne(CaseFileRequest request, CaseFileOptions options, OutputStream out) throws IOException {
        write(request, options, out);
    }

    /** One complaint's case file to a file, atomically. */
    public void writeOne(CaseFileRequest request, CaseFileOptions options, Path outFile) throws IOException {
        writeOneToFile(request, options, outFile);
    }

    private int writeOneToFile(CaseFileRequest request, CaseFileOptions options, Path outFile) throws IOException {
        Path temp = tempBeside(outFile);
        try {
            int pages;
            try (OutputStream out = Files.newOutputStream(temp)) {
                pages = write(request, options, out);
            }
            moveIntoPlace(temp, outFile);
            return pages;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private int write(CaseFileRequest request, CaseFileOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(out, "out");
        CaseFileRenderer renderer = new CaseFileRenderer(options);
        try (PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            PageFlow flow = new PageFlow(doc, PageFlow.Fonts.load(doc));
            PageFlow.Section section = renderer.render(request, flow);
            PDDocumentOutline outline = new PDDocumentOutline();
            for (PageFlow.Mark mark : section.marks()) {
                outline.addLast(item(mark.title(), mark.page(), mark.y()));
            }
            doc.getDocumentCatalog().setDocumentOutline(outline);
            describe(doc, options, renderer.messages(),
                    renderer.messages().get("casefile.meta.title.one", request.complaint().trackingId().toString()));
            doc.save(out);
            return doc.getNumberOfPages();
        }
    }

    /**
     * All requests into one PDF: a table of contents, then each case file with its own page numbers,
     * one outline entry per complaint (with its sections below). {@code count} is how many the iterator
     * yields (for progress and the size of the table of contents); more is an error. On cancel (checked
     * before each complaint and before saving) nothing is left at {@code outFile}'s place.
     */
    public BatchResult writeBatch(Iterator<CaseFileRequest> requests, int count, CaseFileOptions options, Path outFile,
            ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        Objects.requireNonNull(requests, "requests");
        if (count < 0) {
            throw new IllegalArgumentException("Negative count");
        }
        CaseFileRenderer renderer = new CaseFileRenderer(options);
        Messages msg = renderer.messages();
        Path temp = tempBeside(outFile);
        try {
            int written = 0;
            int pages;
            // Page contents and images go to a scratch file: 200 case files do not sit in the heap.
            try (PDDocument doc = new PDDocument(scratch())) {
                PageFlow flow = new PageFlow(doc, PageFlow.Fonts.load(doc));
                int perTocPage = (int) Math.floor((PageFlow.TOP - PageFlow.BOTTOM - 40) / TOC_LEADING);
                int tocPages = Math.max(1, (count + perTocPage - 1) / perTocPage);
                List<PDPage> toc = new ArrayList<>();
                for (int i = 0; i < tocPages; i++) {
                    PDPage page = new PDPage(PageFlow.PAGE);
                    doc.addPage(page);
                    toc.add(page);
                }
                PDDocumentOutline outline = new PDDocumentOutline();
                List<TocEntry> entries = new ArrayList<>();
                boolean anyConfidential = false;
                // Cancel is checked before asking for the next request: a lazy source may do real work per request.
                while (!cancelled.getAsBoolean() && requests.hasNext()) {
                    if (written == count) {
                        throw new IllegalArgumentException("More requests than the announced " + count);
                    }
                    CaseFileRequest request = requests.next();
                    Complaint c = request.complaint();
                    int firstPage = doc.getNumberOfPages() + 1;
                    PageFlow.Section section = renderer.render(request, flow);
                    PDOutlineItem caseItem = item(c.trackingId() + " \u2014 " + c.title(), section.pages().getFirst(), PageFlow.PAGE.getHeight());
                    for (PageFlow.Mark mark : section.marks()) {
                        caseItem.addLast(item(mark.title(), mark.page(), mark.y()));
                    }
                    outline.addLast(caseItem);
                    entries.add(new TocEntry(c.trackingId().toString(), c.title(), c.confidential(), section.pages().getFirst(), firstPage));
                    anyConfidential |= c.confidential();
                    written++;
                    progress.progress(written, count);
                }
                if (cancelled.getAsBoolean()) {
                    return new BatchResult(written, 0, List.of(), true);
                }
                drawToc(doc, flow.fonts(), renderer, toc, entries, anyConfidential, perTocPage);
                doc.getDocumentCatalog().setDocumentOutline(outline);
                doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
                describe(doc, options, msg, msg.get("casefile.meta.title.batch", written));
                pages = doc.getNumberOfPages();
                try (OutputStream out = Files.newOutputStream(temp)) {
                    doc.save(out);
                }
            }
            moveIntoPlace(temp, outFile);
            return new BatchResult(written, pages, List.of(outFile), false);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * One PDF per request in {@code folder}, named {@code <tracking number>.pdf}. On cancel the files
     * already finished stay; the one in progress is never left half-written.
     */
    public BatchResult writeEach(Iterator<CaseFileRequest> requests, int count, CaseFileOptions options, Path folder,
            ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        int pages = 0;
        boolean stopped = false;
        while (true) {
            if (cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            if (!requests.hasNext()) {
                break;
            }
            CaseFileRequest request = requests.next();
            Path target = folder.resolve(request.complaint().trackingId().value() + ".pdf");
            pages += writeOneToFile(request, options, target);
            files.add(target);
            progress.progress(files.size(), Math.max(count, files.size()));
        }
        return new BatchResult(files.size(), pages, files, stopped);
    }

    private record TocEntry(String trackingId, String title, boolean confidential, PDPage page, int pageNumber) { }

    private static void drawToc(PDDocument doc, PageFlow.Fonts fonts, CaseFileRenderer renderer, List<PDPage> toc,
            List<TocEntry> entries, boolean confidential, int perPage) throws IOException {
        Messages msg = renderer.messages();
        PageFlow.Decor decor = new PageFlow.Decor(
                TextSanitizer.cleanLine(msg.get("casefile.toc.header", entries.size()), FontFace.REGULAR),
                TextSanitizer.cleanLine(msg.get("casefile.toc.title"), FontFace.BOLD),
                confidential, msg.get("casefile.mark.confidential"), renderer.printedLine());
        PageFlow flow = new PageFlow(doc, fonts);
        flow.begin(decor, renderer.pageOf());
        for (int p = 0; p < toc.size(); p++) {
            PDPage page = toc.get(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float y = PageFlow.TOP;
                PageFlow.show(cs, TextSanitizer.cleanLine(msg.get("casefile.toc.title"), FontFace.BOLD), fonts.bold(), 14f,
                        PageFlow.LEFT, y - 14f, PageFlow.INK);
                y -= 36f;
                flowHeader(flow, cs, page);
                int from = p * perPage;
                int to = Math.min(entries.size(), from + perPage);
                float numberWidth = FontFace.REGULAR.width("00000", TOC_SIZE);
                float idWidth = FontFace.BOLD.width("#000000000000", TOC_SIZE) * 0.75f;
                for (TocEntry e : entries.subList(from, to)) {
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
        // The TOC pages were created empty; the flow only adds their footers.
        finishToc(flow, toc);
    }

    private static void flowHeader(PageFlow flow, PDPageContentStream cs, PDPage page) throws IOException {
        flow.drawHeader(cs, page);
    }

    private static void finishToc(PageFlow flow, List<PDPage> toc) throws IOException {
        flow.adopt(toc);
        flow.finish();
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

    private static PDOutlineItem item(String title, PDPage page, float y) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(TextSanitizer.cleanLine(title, FontFace.REGULAR));
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setTop(Math.round(Math.min(PageFlow.PAGE.getHeight(), y + 24)));
        item.setDestination(dest);
        return item;
    }

    /** Title, author (the printing officer), subject, creator. Never the reporter or the report's own words. */
    private static void describe(PDDocument doc, CaseFileOptions options, Messages msg, String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(options.printedBy());
        info.setSubject(msg.get("casefile.meta.subject"));
        info.setCreator("Penghubung");
        info.setProducer("Penghubung (Apache PDFBox)");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(options.zone()));
        when.setTimeInMillis(options.printedAt().toEpochMilli());
        info.setCreationDate(when);
        info.setModificationDate(when);
        doc.getDocumentCatalog().setLanguage(msg.locale().getLanguage());
    }

    private RandomAccessStreamCache.StreamCacheCreateFunction scratch() {
        // The scratch file holds the pages' contents (identities included): in the spool when there is one.
        return spool.map(s -> MemoryUsageSetting.setupTempFileOnly().setTempDir(s.folder().toFile()).streamCache)
                .orElseGet(IOUtils::createTempFileOnlyStreamCache);
    }

    private Path tempBeside(Path target) throws IOException {
        return spool.isPresent() ? spool.get().newPart(target) : PrivateFile.newTempBeside(target);
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        if (spool.isPresent()) {
            spool.get().publish(temp, target);
        } else {
            PrivateFile.moveIntoPlace(temp, target);
        }
    }
}
