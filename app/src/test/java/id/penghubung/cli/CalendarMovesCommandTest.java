package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DueDay;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.Json;
import id.penghubung.store.SyntheticComplaints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: after {@code calendar import}, which complaints' deadlines moved — tracking number, which
 * deadline, old and new due day — read from the account's real (encrypted SQLite) cache, printed and as JSON.
 */
class CalendarMovesCommandTest {
    private static final InputStream STDIN = System.in;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Complaint waiting;
    private LocalDate oldDue;

    @BeforeEach
    void anAccountWithAComplaintWaitingForItsFollowUp() {
        Instant now = Instant.now();
        Complaint c = new SyntheticComplaints(7).complaint(0);
        Actor admin = new Actor(ActorKind.ADMIN, "Admin LAPOR!");
        List<Event> events = List.of(
                new Event("mv-1", EventType.SUBMITTED, now.minus(Duration.ofHours(3)), new Actor(ActorKind.REPORTER, "Pelapor"),
                        "Jalan berlubang.", List.of()),
                new Event("mv-2", EventType.DISPOSED, now.minus(Duration.ofHours(1)), admin, "Diteruskan.", List.of()));
        waiting = new Complaint("mv-complaint", c.trackingId(), 1, c.title(), c.body(), c.classification(), c.anonymous(),
                c.confidential(), c.category(), c.channel(), Status.BELUM_DITINDAKLANJUTI, now.minus(Duration.ofHours(3)),
                Optional.of(now.minus(Duration.ofHours(1))), c.incidentDate(), c.location(), c.agency(), c.unit(), c.reporter(),
                List.of(), new ArrayList<>(events), Map.of());
        LocalAccount.create(dir, 0, List.of(waiting));
        Instant due = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard()).evaluate(waiting, now)
                .of(DeadlineKind.FOLLOW_UP).orElseThrow().dueAt().orElseThrow();
        oldDue = DueDay.of(due, WorkingCalendar.DEFAULT_ZONE);
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(STDIN);
    }

    /** The bundled table plus a cuti bersama on the complaint's follow-up due day. */
    private Path tableWithADayOffOnTheDueDay() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("../resources/data/hari-libur-id.csv"), StandardCharsets.UTF_8));
        lines.add(oldDue + ",CUTI_BERSAMA,Cuti Bersama Tambahan,false");
        Path file = dir.resolve("skb-tambahan.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private int run(String... args) {
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theImportListsEachMovedDeadlineWithItsTrackingNumberAndOldAndNewDay() throws IOException {
        LocalDate newDue = oldDue.plusDays(1);
        while (!WorkingCalendar.bundled().isWorkingDay(newDue)) {
            newDue = newDue.plusDays(1);
        }
        assertThat(run("calendar", "import", "--data", dir.toString(), "--user", "penghubung",
                tableWithADayOffOnTheDueDay().toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Tenggat bergeser: #" + waiting.trackingId().value() + " Tindak lanjut " + oldDue + " → " + newDue)
                .contains("1 tenggat bergeser");
    }

    @Test
    void asJsonTheMovedDeadlinesAreOneRecordEach() throws IOException {
        assertThat(run("calendar", "import", "--data", dir.toString(), "--user", "penghubung", "--json",
                tableWithADayOffOnTheDueDay().toString())).as(err.toString()).isZero();
        JsonNode doc = Json.lenient().readTree(out.toString());
        assertThat(doc.get("written").asBoolean()).isTrue();
        JsonNode moved = doc.get("moved");
        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).get("trackingId").asText()).isEqualTo(waiting.trackingId().value());
        assertThat(moved.get(0).get("deadline").asText()).isEqualTo("FOLLOW_UP");
        assertThat(moved.get(0).get("before").asText()).isEqualTo(oldDue.toString());
        LocalDate after = LocalDate.parse(moved.get(0).get("after").asText());
        assertThat(after).isAfter(oldDue);
        assertThat(WorkingCalendar.bundled().workingDaysBetween(oldDue, after)).isEqualTo(1);
    }
}
