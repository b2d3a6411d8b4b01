package id.penghubung.casefile;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.report.IndicatorReport;
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
import org.apache.pdfbox.pdmodel.PageMode;
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
     * All requests into one PDF. One request gives exactly its case file (no contents page). More give
     * page 1 a summary table (each case, its institution, each clock met or missed), then the table
     * of contents, then the case files, each starting on an odd page (a blank verso before it when
     * needed, for duplex printing), every page numbered both ways ("Berkas 3/21 · Halaman 2 dari 4 ·
     * hlm. 17 dari 43"); one outline entry per complaint (with its sections below). {@code count} is
     * how many the iterator yields (for progress and the size of the front pages); more is an error.
     * On cancel (checked before each complaint and before saving) nothing is left at {@code outFile}'s place.
     */
    public BatchResult writeBatch(Iterator<CaseFileRequest> requests, int count, CaseFileOptions options, Path outFile,
            ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        return writeBatch(requests, count, options, outFile, progress, cancelled, Optional.empty());
    }

    /**
     * As {@link #writeBatch(Iterator, int, CaseFileOptions, Path, ProgressListener, BooleanSupplier)},
     * with {@code ranking}'s page(s) first, in front of the summary (even for one complaint): the
     * Ombudsman's batch opens with the ranking the case files are evidence for.
     */
    public BatchResult writeBatch(Iterator<CaseFileRequest> requests, int count, CaseFileOptions options, Path outFile,
            ProgressListener progress, BooleanSupplier cancelled, Optional<IndicatorReport> ranking) throws IOException {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(ranking, "ranking");
        if (count < 0) {
            throw new IllegalArgumentException("Negative count");
        }
        CaseFileRenderer renderer = new CaseFileRenderer(options);
        Messages msg = renderer.messages();
        boolean single = count == 1 && ranking.isEmpty();
        Path temp = tempBeside(outFile);
        try {
            int written = 0;
            int pages;
            // Page contents and images go to a scratch file: 200 case files do not sit in the heap.
            try (PDDocument doc = new PDDocument(scratch())) {
                PageFlow flow = new PageFlow(doc, PageFlow.Fonts.load(doc));
                PageFlow.Decor front = BatchFrontMatter.decor(msg, count, renderer.printedLine());
                List<BatchFrontMatter.Footer> footers = new ArrayList<>();
                if (ranking.isPresent()) {
                    flow.begin(front, renderer.pageOf());
                    RankingFrontPage.draw(flow, msg, ranking.get(), options.zone());
                    flow.finishWithoutFooters();
                }
                List<PDPage> summary = single ? List.of() : reserve(doc, BatchFrontMatter.pagesFor(count, BatchFrontMatter.SUMMARY_PER_PAGE));
                List<PDPage> toc = single ? List.of() : reserve(doc, BatchFrontMatter.pagesFor(count, BatchFrontMatter.TOC_PER_PAGE));
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    footers.add(new BatchFrontMatter.Footer(doc.getPage(i), front, i + 1, 0, 0, 0));
                }
                PDDocumentOutline outline = new PDDocumentOutline();
                List<BatchFrontMatter.Entry> entries = new ArrayList<>();
                // Cancel is checked before asking for the next request: a lazy source may do real work per request.
                while (!cancelled.getAsBoolean() && requests.hasNext()) {
                    if (written == count) {
                        throw new IllegalArgumentException("More requests than the announced " + count);
                    }
                    CaseFileRequest request = requests.next();
                    Complaint c = request.complaint();
                    if (!single && doc.getNumberOfPages() % 2 == 1) {
                        // Each case file starts on a right-hand page when printed on both sides.
                        PDPage blank = flow.blankPage(msg.get("casefile.blankPage"));
                        footers.add(new BatchFrontMatter.Footer(blank, front, doc.getNumberOfPages(), 0, 0, 0));
                    }
                    int firstPage = doc.getNumberOfPages() + 1;
                    PageFlow.Section section = single ? renderer.render(request, flow) : renderer.renderInBatch(request, flow);
                    PDOutlineItem caseItem = item(c.trackingId() + " \u2014 " + c.title(), section.pages().getFirst(), PageFlow.PAGE.getHeight());
                    for (PageFlow.Mark mark : section.marks()) {
                        caseItem.addLast(item(mark.title(), mark.page(), mark.y()));
                    }
                    outline.addLast(caseItem);
                    written++;
                    for (int i = 0; i < section.pages().size(); i++) {
                        footers.add(new BatchFrontMatter.Footer(section.pages().get(i), section.decor(), firstPage + i, written, i + 1,
                                section.pages().size()));
                    }
                    entries.add(new BatchFrontMatter.Entry(c.trackingId().toString(), c.title(), CaseFileRenderer.institution(c),
                            c.confidential(), request.deadlines(), section.pages().getFirst(), firstPage));
                    progress.progress(written, count);
                }
                if (cancelled.getAsBoolean()) {
                    return new BatchResult(written, 0, List.of(), true);
                }
                if (!single) {
                    flow.begin(front, renderer.pageOf());
                    BatchFrontMatter.drawSummary(doc, flow, msg, summary, entries);
                    BatchFrontMatter.drawToc(doc, flow, msg, toc, entries);
                    BatchFrontMatter.drawFooters(doc, flow.fonts(), msg, footers, written);
                }
                doc.getDocumentCatalog().setDocumentOutline(outline);
                doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
                describe(doc, options, msg, single && !entries.isEmpty()
                        ? msg.get("casefile.meta.title.one", entries.getFirst().trackingId())
                        : msg.get("casefile.meta.title.batch", written));
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

    /** {@code n} empty pages at the end of {@code doc}, drawn on once the batch is complete. */
    private static List<PDPage> reserve(PDDocument doc, int n) {
        List<PDPage> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PDPage page = new PDPage(PageFlow.PAGE);
            doc.addPage(page);
            pages.add(page);
        }
        return pages;
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
