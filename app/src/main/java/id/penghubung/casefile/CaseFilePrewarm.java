package id.penghubung.casefile;

import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.slf4j.LoggerFactory;

/**
 * Readies the case-file machinery on a background thread while a one-shot command does other work first (the
 * {@code print} command's key unlock, a single-threaded half second): both fonts parsed, PDFBox's and the image
 * readers' classes loaded and initialised, by writing a one-line page with a QR code to nowhere. The print's own
 * thread then finds them ready; on a machine with two cores the wall time of the whole process falls by what this
 * took (decision 0016). Nothing it does is kept but the parsed fonts and loaded classes; a failure here is left for
 * the print itself to meet and report.
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
            PageFlow.Fonts fonts = PageFlow.Fonts.load(doc);
            PDPage page = new PDPage(PageFlow.PAGE);
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                QrCode.draw(stream, "P", PageFlow.LEFT, PageFlow.BOTTOM, 40f);
                stream.beginText();
                stream.setFont(fonts.regular(), 10f);
                stream.showText("Penghubung");
                stream.setFont(fonts.bold(), 10f);
                stream.showText("Penghubung");
                stream.endText();
            }
            ImageIO.getImageReadersByFormatName("png").hasNext();
            doc.save(OutputStream.nullOutputStream());
            return true;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CaseFilePrewarm.class).debug("Case-file warm-up failed: {}", e.toString());
            return false;
        }
    }
}
