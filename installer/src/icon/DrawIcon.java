import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the Penghubung icon (two speech bubbles joined by a link: the officer connects the
 * citizen's complaint to the agency) and writes it as PNG (Linux, the app), ICO (Windows) and
 * ICNS (macOS). Run once, from the repository root, and commit the results:
 *
 * <pre>java -Djava.awt.headless=true installer/src/icon/DrawIcon.java</pre>
 *
 * The same drawing is kept as SVG in resources/icons/penghubung.svg.
 */
public final class DrawIcon {
    private static final Color BLUE_TOP = new Color(0x1E88E5);
    private static final Color BLUE_BOTTOM = new Color(0x0D47A1);
    private static final Color WHITE = Color.WHITE;
    private static final Color AMBER = new Color(0xFFC107);

    public static void main(String[] args) throws IOException {
        byte[] png256 = png(draw(256));
        byte[] png512 = png(draw(512));
        Files.write(Path.of("resources/icons/penghubung.png"), png256);
        Files.write(Path.of("installer/src/windows/penghubung.ico"), ico(png256));
        Files.write(Path.of("installer/src/macos/penghubung.icns"), icns(png256, png512));
    }

    /** Drawn on a 256 unit grid, scaled to the requested size. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 16, BLUE_TOP, 0, 240, BLUE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(16, 16, 224, 224, 56, 56));

        // Left bubble (the citizen), tail pointing down-left.
        g.setColor(WHITE);
        g.fill(bubble(44, 64, 96, 72, 24, true));
        // Right bubble (the agency), tail pointing down-right.
        g.fill(bubble(116, 120, 96, 72, 24, false));

        // The link between them: the officer.
        g.setColor(AMBER);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(116, 100, 140, 156);
        g.fill(new Ellipse2D.Double(104, 88, 24, 24));
        g.fill(new Ellipse2D.Double(128, 144, 24, 24));

        // Three text lines hint at the report in each bubble.
        g.setColor(BLUE_BOTTOM);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(64, 90, 96, 90);
        g.drawLine(64, 110, 88, 110);
        g.drawLine(160, 146, 192, 146);
        g.drawLine(168, 166, 192, 166);
        g.dispose();
        return image;
    }

    private static Area bubble(double x, double y, double w, double h, double r, boolean tailLeft) {
        Area area = new Area(new RoundRectangle2D.Double(x, y, w, h, r, r));
        Path2D tail = new Path2D.Double();
        if (tailLeft) {
            tail.moveTo(x + 20, y + h - 2);
            tail.lineTo(x + 8, y + h + 22);
            tail.lineTo(x + 44, y + h - 2);
        } else {
            tail.moveTo(x + w - 20, y + h - 2);
            tail.lineTo(x + w - 8, y + h + 22);
            tail.lineTo(x + w - 44, y + h - 2);
        }
        tail.closePath();
        area.add(new Area(tail));
        return area;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO holding one 256x256 PNG entry (Windows Vista and later read PNG entries). */
    private static byte[] ico(byte[] png) {
        ByteBuffer buffer = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        buffer.put((byte) 0).put((byte) 0); // 0 means 256 in both dimensions
        buffer.put((byte) 0).put((byte) 0); // no palette, reserved
        buffer.putShort((short) 1).putShort((short) 32);
        buffer.putInt(png.length).putInt(6 + 16);
        buffer.put(png);
        return buffer.array();
    }

    /** An ICNS with PNG entries: ic08 (256x256) and ic09 (512x512). */
    private static byte[] icns(byte[] png256, byte[] png512) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("icns");
        out.writeInt(8 + 8 + png256.length + 8 + png512.length);
        out.writeBytes("ic08");
        out.writeInt(8 + png256.length);
        out.write(png256);
        out.writeBytes("ic09");
        out.writeInt(8 + png512.length);
        out.write(png512);
        out.flush();
        return bytes.toByteArray();
    }
}
