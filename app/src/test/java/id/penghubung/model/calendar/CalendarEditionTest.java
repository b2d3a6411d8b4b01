package id.penghubung.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The calendar says when it is guessing: estimated days, undecreed cuti bersama, years outside the table. */
class CalendarEditionTest {
    private final WorkingCalendar calendar = WorkingCalendar.bundled();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bundledEditionNamesItsDecreeAndMarks2027NotDecreed() {
        CalendarEdition edition = calendar.edition();
        assertThat(edition.version()).contains("1497/2025");
        assertThat(edition.updated()).contains(d("2026-11-30"));
        assertThat(edition.status(2027)).isEqualTo(YearStatus.NOT_DECREED);
        assertThat(edition.status(2026)).isEqualTo(YearStatus.DECREED);
    }

    @Test
    void aDeadlineAcrossLebaran2027IsAnEstimateWithItsReasons() {
        // Disposed Friday 5 March 2027: the follow-up clock runs across Nyepi and Idul Fitri 1448.
        LocalDate due = calendar.addWorkingDays(d("2027-03-05"), 5);
        List<CalendarDoubt> doubts = calendar.doubts(d("2027-03-05"), due);
        assertThat(doubts).extracting(CalendarDoubt::reason).containsExactly(
                CalendarDoubt.Reason.CUTI_BERSAMA_NOT_DECREED,
                CalendarDoubt.Reason.ESTIMATED_HOLIDAY,
                CalendarDoubt.Reason.ESTIMATED_HOLIDAY,
                CalendarDoubt.Reason.ESTIMATED_HOLIDAY);
        assertThat(doubts.get(0).year()).isEqualTo(2027);
        assertThat(doubts.get(1).holidayName()).contains("Hari Suci Nyepi");
        assertThat(doubts.get(2).date()).contains(d("2027-03-10"));
    }

    @Test
    void aDecreedRangeHasNoDoubt() {
        assertThat(calendar.doubts(d("2026-03-13"), d("2026-03-27"))).isEmpty();
        assertThat(calendar.doubts(d("2026-03-27"), d("2026-03-27"))).isEmpty();
    }

    @Test
    void afterTheTableEndsTheCountIsNeverSilentlyWeekendsOnly() {
        LocalDate due = calendar.addWorkingDays(d("2027-12-30"), 3);
        assertThat(calendar.doubts(d("2027-12-30"), due)).extracting(CalendarDoubt::reason, CalendarDoubt::year)
                .contains(org.assertj.core.groups.Tuple.tuple(CalendarDoubt.Reason.OUTSIDE_TABLE, 2028));
    }

    @Test
    void aTableWithoutEditionNeverTakesAnEstimatedYearAsDecreed() {
        String csv = HolidayTable.CSV_HEADER + "\n"
                + "2026-03-20,CUTI_BERSAMA,Cuti Bersama Hari Raya Idul Fitri,false\n"
                + "2026-03-21,LIBUR_NASIONAL,Hari Raya Idul Fitri,false\n"
                + "2027-03-10,LIBUR_NASIONAL,Hari Raya Idul Fitri,true\n"
                + "2028-01-01,LIBUR_NASIONAL,Tahun Baru Masehi,false\n";
        WorkingCalendar fromServer = WorkingCalendar.of(HolidayTable.parseCsv(new StringReader(csv)), WorkingCalendar.DEFAULT_ZONE);
        assertThat(fromServer.edition().status(2026)).isEqualTo(YearStatus.DECREED);
        assertThat(fromServer.edition().status(2027)).isEqualTo(YearStatus.NOT_DECREED);
        assertThat(fromServer.edition().status(2028)).isEqualTo(YearStatus.CUTI_BERSAMA_NOT_DECREED);
        assertThat(fromServer.edition().version()).isEmpty();
        assertThat(fromServer.edition().updated()).isEqualTo(Optional.empty());
    }
}
