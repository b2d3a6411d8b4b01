package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.calendar.CalendarOrigin;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.calendar.YearStatus;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.CalendarDay;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.WireCalendarEdition;
import id.penghubung.sync.ImportedCalendar;
import id.penghubung.sync.ServerRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Office IT loads a new decree without a new release: validated, summarised, in force at the next sign-in. */
class CalendarCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** The bundled table with 2027 decreed: the estimates made final and two cuti bersama days added. */
    private Path decree2027() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(
                Path.of("../resources/data/hari-libur-id.csv"), StandardCharsets.UTF_8));
        lines.replaceAll(l -> l.startsWith("2027-") ? l.replace(",true", ",false") : l);
        lines.add("2027-03-09,CUTI_BERSAMA,Cuti Bersama Hari Raya Idul Fitri,false");
        lines.add("2027-03-12,CUTI_BERSAMA,Cuti Bersama Hari Raya Idul Fitri,false");
        Path file = dir.resolve("skb-2027.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void showSaysWhichDecreeTheCalendarRestsOnAndWhichYearIsAnEstimate() {
        assertThat(run("calendar", "show", "--data", dir.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("1497/2025").contains("bawaan aplikasi").contains("2027: perkiraan");
    }

    @Test
    void reImportingTheBundledTableIsAcceptedAndChangesNothing() {
        Path data = dir.resolve("data");
        assertThat(run("calendar", "import", "--data", data.toString(), "../resources/data/hari-libur-id.csv"))
                .as(err.toString()).isEqualTo(0);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("0 hari ditambah, 0 dihapus, 0 perkiraan ditetapkan");
        assertThat(ImportedCalendar.current(data).holidays()).isEqualTo(WorkingCalendar.bundled().holidays());
    }

    @Test
    void aNewDecreeIsReviewedKeptAndInForceForTheNextSignIn() throws IOException {
        Path data = dir.resolve("data");
        assertThat(run("calendar", "import", "--data", data.toString(), decree2027().toString())).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("+ 2027-03-09 Cuti Bersama Hari Raya Idul Fitri (Cuti bersama)")
                .contains("= 2027-03-10 Hari Raya Idul Fitri (Libur nasional) ditetapkan, sebelumnya perkiraan")
                .contains("2 hari ditambah, 0 dihapus, 10 perkiraan ditetapkan").doesNotContain("2027: perkiraan");

        WorkingCalendar inForce = ImportedCalendar.current(data);
        assertThat(inForce.edition().origin()).isEqualTo(CalendarOrigin.IMPORTED);
        assertThat(inForce.edition().status(2027)).isEqualTo(YearStatus.DECREED);
        assertThat(inForce.isWorkingDay(LocalDate.parse("2027-03-09"))).isFalse();
        assertThat(inForce.doubts(LocalDate.parse("2027-03-05"), LocalDate.parse("2027-03-19"))).isEmpty();
        out.getBuffer().setLength(0);
        assertThat(run("calendar", "show", "--data", data.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("diimpor di komputer ini").contains("skb-2027.csv");
    }

    @Test
    void theImportStaysInForceOverAServerTableCheckedBeforeItButNotAfter() throws IOException {
        Path data = dir.resolve("data");
        assertThat(run("calendar", "import", "--data", data.toString(), decree2027().toString())).isEqualTo(0);
        LocalDate imported = ImportedCalendar.current(data).edition().updated().orElseThrow();
        List<CalendarDay> serverDays = WorkingCalendar.bundled().holidays().stream()
                .map(h -> new CalendarDay(h.date(), h.kind().name(), h.name(), h.estimated())).toList();

        ServerRules rules = new ServerRules(ImportedCalendar.holder(data), SlaPolicy.standard(), Clock.systemUTC());
        rules.adopt(reference(serverDays, imported.minusDays(3)));
        assertThat(rules.calendar().current().edition().origin()).isEqualTo(CalendarOrigin.IMPORTED);
        rules.adopt(reference(serverDays, imported.plusDays(1)));
        assertThat(rules.calendar().current().edition().origin()).isEqualTo(CalendarOrigin.SERVER);
    }

    private static ReferenceData reference(List<CalendarDay> days, LocalDate checked) {
        return new ReferenceData(List.of(), List.of(), List.of(), List.of(), null, days,
                new WireCalendarEdition("SKB server", checked, List.of()), null, null);
    }

    @Test
    void aTableThatDropsAYearOrRepeatsADateIsRefusedAndNothingChanges() throws IOException {
        Path data = dir.resolve("data");
        Path only2027 = dir.resolve("hanya-2027.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(decree2027(), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("date") || l.startsWith("2027-")).toList());
        lines.add("2027-03-09,CUTI_BERSAMA,Cuti Bersama Hari Raya Idul Fitri,false");
        Files.write(only2027, lines, StandardCharsets.UTF_8);
        assertThat(run("calendar", "import", "--data", data.toString(), only2027.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Tahun 2016 ada di kalender yang berlaku tetapi tidak ada di tabel baru")
                .contains("Tanggal 2027-03-09 tercantum dua kali").contains("Tabel ditolak");
        assertThat(ImportedCalendar.current(data).edition().origin()).isEqualTo(CalendarOrigin.BUNDLED);
        assertThat(Files.exists(data.resolve("kalender"))).isFalse();
    }

    @Test
    void fewerDaysOffNeedTheImportersWord() throws IOException {
        Path data = dir.resolve("data");
        Path revoked = dir.resolve("cabut-cuti.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("../resources/data/hari-libur-id.csv"), StandardCharsets.UTF_8));
        lines.removeIf(l -> l.startsWith("2026-12-24,CUTI_BERSAMA"));
        Files.write(revoked, lines, StandardCharsets.UTF_8);
        assertThat(run("calendar", "import", "--data", data.toString(), revoked.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--accept-fewer-days");
        assertThat(run("calendar", "import", "--data", data.toString(), "--accept-fewer-days", revoked.toString())).isEqualTo(0);
        assertThat(ImportedCalendar.current(data).isWorkingDay(LocalDate.parse("2026-12-24"))).isTrue();
    }

    @Test
    void aMalformedLineIsNamed() throws IOException {
        Path bad = dir.resolve("rusak.csv");
        Files.writeString(bad, "date,kind,name,estimated\n2027-03-09,CUTI,Cuti,false\n");
        assertThat(run("calendar", "import", "--data", dir.resolve("data").toString(), bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("rusak.csv").contains("baris 2");
    }
}
