package id.penghubung.casefile;

import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Attachment;
import id.penghubung.model.Category;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.GeoPoint;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import id.penghubung.model.UnitRef;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Hand-built complaints and files for the case-file tests. */
final class CaseFiles {
    static final Instant T0 = Instant.parse("2026-03-02T02:15:00Z");
    static final String REPORTER_NAME = "Siti Aminah Wulandari";
    static final String NOTE_TEXT = "Catatan internal: jangan diteruskan ke pelapor sebelum rapat pimpinan.";
    static final String RESPONSE_TEXT = "Dinas telah memperbaiki jalan di Jl. Merdeka pada 5 Maret 2026. Terima kasih atas laporannya.";

    private CaseFiles() {
    }

    static CaseFileOptions options() {
        return new CaseFileOptions("Budi Santoso", Instant.parse("2026-04-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"), Locale.of("id"));
    }

    static Event event(String id, EventType type, long minutesAfter, ActorKind kind, String name, String text, Attachment... files) {
        return new Event(id, type, T0.plus(Duration.ofMinutes(minutesAfter)), new Actor(kind, name), text, List.of(files));
    }

    static Complaint complaint(String tracking, boolean anonymous, boolean confidential, String body,
            List<Attachment> attachments, List<Event> extraEvents) {
        List<Event> events = new ArrayList<>(List.of(
                event("e1", EventType.SUBMITTED, 0, ActorKind.REPORTER, REPORTER_NAME,
                        "Laporan dikirim."),
                event("e2", EventType.VERIFIED, 60 * 24, ActorKind.ADMIN, "Admin LAPOR! Nasional", "Laporan lengkap."),
                event("e3", EventType.DISPOSED, 60 * 25, ActorKind.ADMIN, "Admin LAPOR! Nasional", "Diteruskan ke Dinas PU."),
                event("e4", EventType.INFO_REQUESTED, 60 * 48, ActorKind.OFFICER, "Budi Santoso", "Mohon foto lokasi yang lebih jelas."),
                event("e5", EventType.REPORTER_REPLIED, 60 * 50, ActorKind.REPORTER, REPORTER_NAME, "Foto sudah saya lampirkan."),
                event("e6", EventType.NOTE, 60 * 51, ActorKind.OFFICER, "Budi Santoso", NOTE_TEXT),
                event("e7", EventType.RESPONDED, 60 * 72, ActorKind.OFFICER, "Budi Santoso", RESPONSE_TEXT)));
        events.addAll(extraEvents);
        Optional<Reporter> reporter = anonymous ? Optional.empty()
                : Optional.of(new Reporter(REPORTER_NAME, Optional.of("081234567890"), Optional.of("siti@example.id"),
                        Optional.of("3171234567890001")));
        return new Complaint("c-" + tracking, new TrackingId(tracking), 3,
                "Jalan berlubang di depan SDN 05 Menteng",
                body,
                Classification.PENGADUAN, anonymous, confidential,
                Category.root("pu", "Pekerjaan Umum"), Channel.WEBSITE, Status.PROSES,
                T0, Optional.of(T0.plus(Duration.ofHours(25))), Optional.of(LocalDate.of(2026, 2, 28)),
                new Location("31", "DKI Jakarta", "Kota Jakarta Pusat", "Menteng", "Gondangdia", "Jl. Merdeka No. 5",
                        Optional.of(new GeoPoint(-6.1865, 106.8306))),
                Optional.of(new AgencyRef("pemprov-dki", "Pemerintah Provinsi DKI Jakarta")),
                Optional.of(new UnitRef("dpu", "pemprov-dki", "Dinas Bina Marga")),
                reporter, attachments, events);
    }

    static Complaint simple(String tracking) {
        return complaint(tracking, false, false, "Jalan berlubang sejak Januari.\n\nSudah dua motor jatuh.", List.of(), List.of());
    }

    static List<CaseFileDeadline> deadlines() {
        return List.of(
                new CaseFileDeadline(CaseFileDeadline.KIND_DISPOSITION, Optional.of(T0.plus(Duration.ofDays(3))), CaseFileDeadline.STATE_MET, 2),
                new CaseFileDeadline(CaseFileDeadline.KIND_FOLLOW_UP, Optional.of(T0.plus(Duration.ofDays(8))), CaseFileDeadline.STATE_MISSED, 1),
                new CaseFileDeadline(CaseFileDeadline.KIND_COMPLETION, Optional.of(T0.plus(Duration.ofDays(60))), CaseFileDeadline.STATE_PENDING, 30));
    }

    static Attachment attachment(String name, String mediaType, byte[] bytes) {
        return new Attachment(sha256(bytes), name, mediaType, bytes.length);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A photo-like image (gradient and shapes) in the given ImageIO format. */
    static byte[] image(int width, int height, String format, int seed) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int y = 0; y < height; y += 4) {
            g.setColor(new Color((y * 255 / height + seed * 40) % 256, 120, (seed * 70) % 256));
            g.fillRect(0, y, width, 4);
        }
        g.setColor(Color.DARK_GRAY);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
