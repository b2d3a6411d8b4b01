package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The case file prints what the server sent (unknown values as received) and who closed the complaint. */
class CaseFileRulesTest {
    private static String print(Complaint c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseFileWriter().writeOne(new CaseFileRequest(c, List.of(), sha -> Optional.empty(), false), CaseFiles.options(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Complaint with(Complaint c, Status status, Map<String, String> received, Event extra) {
        List<Event> events = new ArrayList<>(c.events());
        events.add(extra);
        return new Complaint(c.id(), c.trackingId(), c.version(), c.title(), c.body(), c.classification(), c.anonymous(),
                c.confidential(), c.category(), c.channel(), status, c.submittedAt(), c.disposedAt(), c.incidentDate(),
                c.location(), c.agency(), c.unit(), c.reporter(), c.attachments(), events, received);
    }

    @Test
    void unknownValuesArePrintedAsReceived() throws IOException {
        Complaint c = with(CaseFiles.simple("4000101"), Status.OTHER, Map.of(Complaint.STATUS, "DIBATALKAN"),
                new Event("e9", EventType.OTHER, CaseFiles.T0.plusSeconds(90 * 3600), new id.penghubung.model.Actor(ActorKind.ADMIN,
                        "Admin LAPOR! Nasional"), "Ditinjau ulang", List.of(), "DITINJAU_ULANG"));
        assertThat(c.classification()).isEqualTo(Classification.PENGADUAN);
        assertThat(print(c)).contains("Status lain: DIBATALKAN", "Peristiwa lain: DITINJAU_ULANG");
    }

    @Test
    void closedByIsPrinted() throws IOException {
        Complaint auto = with(CaseFiles.simple("4000102"), Status.SELESAI, Map.of(),
                CaseFiles.event("e9", EventType.COMPLETED, 60 * 24 * 20, ActorKind.SYSTEM, "LAPOR!", "Dianggap selesai."));
        Complaint agency = with(CaseFiles.simple("4000103"), Status.SELESAI, Map.of(),
                CaseFiles.event("e9", EventType.COMPLETED, 60 * 80, ActorKind.OFFICER, "Budi Santoso", "Selesai."));
        assertThat(print(auto)).contains("Selesai (Dianggap selesai otomatis)");
        assertThat(print(agency)).contains("Selesai (Ditutup oleh instansi)");
    }
}
