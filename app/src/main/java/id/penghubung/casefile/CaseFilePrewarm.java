package id.penghubung.casefile;

import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.slf4j.LoggerFactory;

/**
 * Readies the case-file machinery on a background thread while a one-shot command does other work first (the
 * {@code print} command's key unlock, a single-threaded half second): both fonts parsed (the shared parse their widths
 * come from), PDFBox's, the QR encoder's and the image readers' classes loaded and initialised, by drawing a QR code
 * on a page that is never written. The print's own thread then finds them ready; on a machine with two cores the
 * wall time of the whole process falls by what this took (decision 0016). It does nothing the print would do again
 * (no embedded font, no saving): that was CPU spent twice. A failure here is left for the print to meet and report.
 */
public final class CaseFilePrewarm {
    private CaseFilePrewarm() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static Thread start() {
        return Thread.ofPlatform().daemon().name("casefile-prewarm").start(CaseFilePrewarm::run);
    }

    /** The warm-up itself; false when it failed (logged at debug level only: the print reports its own failures). */
    static boolean run() {
        try (PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            // The fonts' shared parse (widths and line breaks), which the print needs anyway. Not each document's
            // embedded font, nor writing the page out: the print does those itself, so here they were CPU spent twice.
            FontFace.REGULAR.supports('P');
            FontFace.BOLD.supports('P');
            PDPage page = new PDPage(PageFlow.PAGE);
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                QrCode.draw(stream, "P", PageFlow.LEFT, PageFlow.BOTTOM, 40f);
            }
            ImageIO.getImageReadersByFormatName("png").hasNext();
            return true;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CaseFilePrewarm.class).debug("Case-file warm-up failed: {}", e.toString());
            return false;
        }
    }
}
