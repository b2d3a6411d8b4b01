package id.penghubung.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Turns attachment bytes into a PDF image, or says why not. A corrupt or unsupported file is a note
 * in the case file, never a failure of the whole file.
 */
final class ImageEmbedder {
    /** Larger images would take too much memory to decode; they are listed, not shown. */
    static final long MAX_PIXELS = 50_000_000L;

    enum Problem { UNREADABLE, TOO_LARGE }

    /** Either an image or the problem that kept it out. */
    record Outcome(Optional<PDImageXObject> image, Optional<Problem> problem) { }

    private ImageEmbedder() {
    }

    static Outcome embed(PDDocument doc, byte[] bytes, String name) {
        try {
            Optional<long[]> size = probe(bytes);
            if (size.isEmpty()) {
                return failed(Problem.UNREADABLE);
            }
            long[] wh = size.get();
            if (wh[0] <= 0 || wh[1] <= 0) {
                return failed(Problem.UNREADABLE);
            }
            if (wh[0] * wh[1] > MAX_PIXELS) {
                return failed(Problem.TOO_LARGE);
            }
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, bytes, name);
            if (image.getWidth() <= 0 || image.getHeight() <= 0) {
                return failed(Problem.UNREADABLE);
            }
            return new Outcome(Optional.of(image), Optional.empty());
        } catch (IOException | RuntimeException e) {
            // Bytes from the outside world: any decoder failure means "cannot show", not "cannot print".
            return failed(Problem.UNREADABLE);
        }
    }

    private static Outcome failed(Problem problem) {
        return new Outcome(Optional.empty(), Optional.of(problem));
    }

    /** Width and height from the image header, without decoding the pixels. */
    private static Optional<long[]> probe(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new long[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        }
    }
}
