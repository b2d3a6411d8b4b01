package id.penghubung.ui.print;

import id.penghubung.casefile.ProgressListener;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Printing through JavaFX's printer job and the system print dialog: each PDF page is rendered by
 * PDFBox to an image and printed scaled into the printable area. JavaFX's job rather than AWT's
 * {@code PDFPageable}: it needs no AWT toolkit (which a JavaFX desk does not start) and its dialog
 * belongs to the JavaFX window.
 */
public final class FxPagePrinter implements PagePrinter {
    /** Enough for 9-point text on paper; higher only makes the spool larger. */
    static final float DPI = 200;

    private final PrinterJob job;

    private FxPagePrinter(PrinterJob job) {
        this.job = job;
    }

    /** True when the system knows at least one printer. */
    public static boolean available() {
        return Printer.getDefaultPrinter() != null || !Printer.getAllPrinters().isEmpty();
    }

    /** Shows the system print dialog (FX thread); empty when there is no printer or the officer cancelled. */
    public static Optional<PagePrinter> choose(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.empty();
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new FxPagePrinter(job));
    }

    @Override
    public String name() {
        return job.getPrinter().getName();
    }

    @Override
    public int print(List<Path> pdfs, ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        int total = 0;
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                total += doc.getNumberOfPages();
            }
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        int done = 0;
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    if (cancelled.getAsBoolean()) {
                        job.cancelJob();
                        return done;
                    }
                    BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                    ImageView page = new ImageView(SwingFXUtils.toFXImage(image, null));
                    page.setPreserveRatio(true);
                    page.setFitWidth(layout.getPrintableWidth());
                    page.setFitHeight(layout.getPrintableHeight());
                    if (!job.printPage(page)) {
                        throw new IOException(String.valueOf(job.getJobStatus()));
                    }
                    progress.progress(++done, total);
                }
            }
        }
        if (!job.endJob()) {
            throw new IOException(String.valueOf(job.getJobStatus()));
        }
        return done;
    }
}
