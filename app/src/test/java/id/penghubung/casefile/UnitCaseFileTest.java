package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.UnitStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The case file shows each unit's disposition and answer with dates and whether the unit met its
 * internal deadline (issue 20): in the chronology and in its own section.
 */
class UnitCaseFileTest {
    @Test
    void eachUnitWithItsDueDateItsAnswerAndWhetherItMetIt() throws IOException {
        Complaint base = CaseFiles.simple("4000201");
        Instant disposed = Instant.parse("2026-03-02T03:00:00Z");
        List<Event> events = new ArrayList<>(base.events());
        events.add(unit("u1", EventType.DISPOSED_TO_UNIT, disposed, "bdg-dsdabm", "Dinas Sumber Daya Air dan Bina Marga", "2026-03-05",
                null, null, "Mohon cek lokasi."));
        events.add(unit("u2", EventType.DISPOSED_TO_UNIT, disposed, "bdg-dinkes", "Dinas Kesehatan", "2026-03-03", null, null, "Cek."));
        events.add(unit("u3", EventType.DISPOSED_TO_UNIT, disposed, "bdg-dishub", "Dinas Perhubungan", "2026-03-04", null, null, "Rambu."));
        events.add(unit("u4", EventType.UNIT_REPLIED, Instant.parse("2026-03-04T04:00:00Z"), "bdg-dsdabm",
                "Dinas Sumber Daya Air dan Bina Marga", "2026-03-05", "Kasi Jalan", Instant.parse("2026-03-04T02:00:00Z"),
                "Lubang sudah ditambal."));
        events.add(unit("u5", EventType.UNIT_REPLIED, Instant.parse("2026-03-04T05:00:00Z"), "bdg-dinkes", "Dinas Kesehatan",
                "2026-03-03", "Kabid Yankes", Instant.parse("2026-03-04T03:30:00Z"), "Puskesmas sudah ditegur."));
        Complaint c = new Complaint(base.id(), base.trackingId(), base.version(), base.title(), base.body(), base.classification(),
                base.anonymous(), base.confidential(), base.category(), base.channel(), base.status(), base.submittedAt(),
                base.disposedAt(), base.incidentDate(), base.location(), base.agency(), base.unit(), base.reporter(),
                base.attachments(), events, base.asReceived());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseFileWriter().writeOne(new CaseFileRequest(c, List.of(), sha -> Optional.empty(), false), CaseFiles.options(), out);
        Files.write(Path.of("target", "unit-casefile.pdf"), out.toByteArray());
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }

        assertThat(text).contains("Koordinasi dengan unit kerja", "Jawaban unit kerja dicatat",
                "Dinas Kesehatan \u00b7 dijawab oleh Kabid Yankes", "melewati tenggat unit", "tepat waktu",
                "Dinas Perhubungan \u00b7 didisposisikan", "belum dijawab", "Puskesmas sudah ditegur.");
    }

    private static Event unit(String id, EventType type, Instant at, String unitId, String unitName, String due, String by,
            Instant answeredAt, String text) {
        return new Event(id, type, at, new Actor(ActorKind.OFFICER, "Penghubung Pemkot Bandung"), text, List.of(), type.name(),
                Optional.of(new UnitStep(unitId, unitName, Optional.of(LocalDate.parse(due)), Optional.ofNullable(by),
                        Optional.ofNullable(answeredAt))));
    }
}
