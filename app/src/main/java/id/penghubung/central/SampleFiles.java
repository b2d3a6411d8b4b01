package id.penghubung.central;

import id.penghubung.protocol.WireAttachment;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;

/** Small, valid attachment files for the seeded world: photos (PNG) and documents (PDF). */
final class SampleFiles {
    record File(WireAttachment meta, byte[] bytes) {
    }

    private SampleFiles() {
    }

    static List<File> photos() {
        Color[][] palettes = {
            {new Color(0x6d6d6d), new Color(0x3b3b3b)},
            {new Color(0x7a5c3c), new Color(0x2f6f9f)},
            {new Color(0x4f7f3f), new Color(0x9a9a9a)},
            {new Color(0xb0a080), new Color(0x505a60)},
        };
        List<File> files = new ArrayList<>();
        for (int i = 0; i < palettes.length; i++) {
            byte[] png = png(palettes[i][0], palettes[i][1], i);
            files.add(new File(new WireAttachment(sha256(png), "foto-lokasi-" + (i + 1) + ".png", "image/png", png.length), png));
        }
        return files;
    }

    static List<File> documents() {
        String[] lines = {"Bukti pembayaran iuran", "Surat keterangan domisili", "Hasil pengecekan lapangan"};
        String[] names = {"bukti-pembayaran.pdf", "surat-keterangan.pdf", "laporan-pengecekan.pdf"};
        List<File> files = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            byte[] pdf = pdf(lines[i]);
            files.add(new File(new WireAttachment(sha256(pdf), names[i], "application/pdf", pdf.length), pdf));
        }
        return files;
    }

    private static byte[] png(Color ground, Color thing, int variant) {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0x9fc5e8));
            g.fillRect(0, 0, 48, 14);
            g.setColor(ground);
            g.fillRect(0, 14, 48, 18);
            g.setColor(thing);
            g.fillOval(8 + variant * 6, 18, 14, 7);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF 1.4 with one line of text, offsets computed so readers accept it. */
    static byte[] pdf(String text) {
        String content = "BT /F1 14 Tf 56 780 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
        };
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            sb.append(String.format("%010d 00000 n \n", offset));
        }
        sb.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
