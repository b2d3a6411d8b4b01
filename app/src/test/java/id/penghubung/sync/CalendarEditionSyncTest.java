package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.calendar.CalendarEdition;
import id.penghubung.model.calendar.YearStatus;
import id.penghubung.protocol.CalendarDay;
import id.penghubung.protocol.WireCalendarEdition;
import id.penghubung.protocol.WireCalendarYear;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's edition travels with the reference data; an unknown or missing one never reads as decreed. */
class CalendarEditionSyncTest {
    @TempDir
    Path data;

    @Test
    void theDeskTakesTheServersEditionOverHttp() {
        try (TrainingWorld world = TrainingWorld.start(20, null); Session session = world.session(data, "penghubung")) {
            session.engine().sync(SyncListener.NONE);
            CalendarEdition edition = session.rules().calendar().current().edition();
            assertThat(edition.version()).contains("1497/2025");
            assertThat(edition.status(2027)).isEqualTo(YearStatus.NOT_DECREED);
            assertThat(edition.status(2026)).isEqualTo(YearStatus.DECREED);
        }
    }

    @Test
    void anUnknownYearStatusIsReadAsNotDecreed() {
        List<CalendarDay> days = List.of(new CalendarDay(LocalDate.parse("2028-01-01"), "LIBUR_NASIONAL", "Tahun Baru Masehi", false));
        WireCalendarEdition wire = new WireCalendarEdition("SKB 2027", null,
                List.of(new WireCalendarYear(2028, "SEBAGIAN"), new WireCalendarYear(2029, null)));
        CalendarEdition edition = WireCalendar.toModel(days, wire, ZoneId.of("Asia/Jakarta")).edition();
        assertThat(edition.status(2028)).isEqualTo(YearStatus.NOT_DECREED);
        assertThat(edition.status(2029)).isEqualTo(YearStatus.NOT_DECREED);
        assertThat(edition.updated()).isEmpty();
    }

    @Test
    void anOlderServerWithoutEditionLeavesTheDeskInferring() {
        List<CalendarDay> days = List.of(new CalendarDay(LocalDate.parse("2027-03-10"), "LIBUR_NASIONAL", "Hari Raya Idul Fitri", true));
        CalendarEdition edition = WireCalendar.toModel(days, null, ZoneId.of("Asia/Jakarta")).edition();
        assertThat(edition.status(2027)).isEqualTo(YearStatus.NOT_DECREED);
    }

    @Test
    void theRulesFingerprintFollowsTheHolidaysAndTheEdition() {
        ServerRules one = ServerRules.standard();
        assertThat(one.rulesFingerprint()).isEqualTo(ServerRules.standard().rulesFingerprint()).hasSize(64);
        ServerRules moved = ServerRules.standard();
        List<CalendarDay> days = List.of(new CalendarDay(LocalDate.parse("2027-03-10"), "LIBUR_NASIONAL", "Hari Raya Idul Fitri", true));
        moved.calendar().replace(WireCalendar.toModel(days, null, ZoneId.of("Asia/Jakarta")));
        assertThat(moved.rulesFingerprint()).isNotEqualTo(one.rulesFingerprint());
    }
}
