package id.penghubung.casefile;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A QR code drawn as vector squares (sharp at any zoom and print resolution). */
final class QrCode {
    private QrCode() {
    }

    /** Draws the code for {@code text} with its lower-left corner at (x, y), {@code size} points wide, quiet zone included. */
    static void draw(PDPageContentStream stream, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IOException("Cannot encode QR code", e);
        }
        int modules = matrix.getWidth();
        int quiet = 2;
        float cell = size / (modules + 2 * quiet);
        stream.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < modules; row++) {
            for (int col = 0; col < modules; col++) {
                if (matrix.get(col, row)) {
                    stream.addRect(x + (col + quiet) * cell, y + size - (row + quiet + 1) * cell, cell, cell);
                }
            }
        }
        stream.fill();
    }
}
