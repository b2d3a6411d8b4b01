package id.penghubung.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final WorkingCalendar calendar = WorkingCalendar.bundled();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void bundledTableCovers2016To2027InWib() {
        assertThat(calendar.zone()).isEqualTo(WIB);
        assertThat(calendar.coveredYears()).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(calendar.holidays()).hasSize(276);
        assertThat(calendar.covers(d("2016-01-01"))).isTrue();
        assertThat(calendar.covers(d("2027-12-31"))).isTrue();
        assertThat(calendar.covers(d("2015-12-31"))).isFalse();
        assertThat(calendar.covers(d("2028-01-01"))).isFalse();
        assertThat(WorkingCalendar.bundled()).isSameAs(calendar);
    }

    @Test
    void march2026InTheDataFileMatchesTheIssue() {
        // The issue says cuti bersama 18, 20, 23, 24 and holidays 19, 21, 22 March 2026; the CSV agrees.
        List<Holiday> march = calendar.holidays().stream()
                .filter(h -> h.date().getYear() == 2026 && h.date().getMonthValue() == 3)
                .toList();
        assertThat(march).extracting(h -> h.date().getDayOfMonth() + " " + h.kind()).containsExactly(
                "18 CUTI_BERSAMA", "19 LIBUR_NASIONAL", "20 CUTI_BERSAMA", "21 LIBUR_NASIONAL",
                "22 LIBUR_NASIONAL", "23 CUTI_BERSAMA", "24 CUTI_BERSAMA");
        assertThat(calendar.holiday(d("2026-03-19")).orElseThrow().name()).isEqualTo("Hari Suci Nyepi");
        assertThat(march).noneMatch(Holiday::estimated);
    }

    @Test
    void followUpDisposedFridayBeforeIdulFitri2026IsDueFriday27March() {
        LocalDate disposed = d("2026-03-13");
        assertThat(disposed.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        // Working days after it: Mon 16, Tue 17, then 18-24 off (cuti bersama, Nyepi, Idul Fitri, weekend),
        // then Wed 25, Thu 26, Fri 27.
        assertThat(calendar.addWorkingDays(disposed, 1)).isEqualTo(d("2026-03-16"));
        assertThat(calendar.addWorkingDays(disposed, 2)).isEqualTo(d("2026-03-17"));
        assertThat(calendar.addWorkingDays(disposed, 3)).isEqualTo(d("2026-03-25"));
        assertThat(calendar.addWorkingDays(disposed, 5)).isEqualTo(d("2026-03-27"));
        for (LocalDate day = d("2026-03-18"); !day.isAfter(d("2026-03-24")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }

        Instant disposedAt = OffsetDateTime.parse("2026-03-13T14:00+07:00").toInstant();
        Instant due = calendar.addWorkingDays(disposedAt, 5);
        assertThat(due).isEqualTo(OffsetDateTime.parse("2026-03-28T00:00+07:00").toInstant());
        assertThat(calendar.dueDate(due)).isEqualTo(d("2026-03-27"));
        assertThat(calendar.workingDaysBetween(disposedAt, due.minusNanos(1))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d("2026-03-13"), d("2026-03-28"))).isEqualTo(6);
    }

    @Test
    void witaOfficeCountsFromItsOwnDate() {
        // 23:30 WIB on Thursday 5 Feb 2026 is already 00:30 Friday in Makassar.
        Instant late = OffsetDateTime.parse("2026-02-05T23:30+07:00").toInstant();
        WorkingCalendar wita = calendar.withZone(OfficeZone.WITA.zone());
        assertThat(wita.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(wita.holidays()).isEqualTo(calendar.holidays());

        assertThat(calendar.addWorkingDays(late, 5)).isEqualTo(OffsetDateTime.parse("2026-02-13T00:00+07:00").toInstant());
        assertThat(wita.addWorkingDays(late, 5)).isEqualTo(OffsetDateTime.parse("2026-02-14T00:00+08:00").toInstant());
        assertThat(calendar.withZone(OfficeZone.WIT.zone()).localDate(late)).isEqualTo(d("2026-02-06"));
        assertThat(OfficeZone.of(ZoneId.of("Asia/Jayapura"))).contains(OfficeZone.WIT);
        assertThat(calendar.withZone(WIB)).isSameAs(calendar);
    }

    @Test
    void estimatedHolidaysOf2027AreMarkedAndCounted() {
        // New-moon calculation: Idul Fitri 1448 on 10-11 March, Idul Adha on Monday 17 May; Nyepi is an estimate too.
        Holiday idulFitri = calendar.holiday(d("2027-03-10")).orElseThrow();
        assertThat(idulFitri.kind()).isEqualTo(HolidayKind.LIBUR_NASIONAL);
        assertThat(idulFitri.estimated()).isTrue();
        assertThat(calendar.holiday(d("2027-03-11")).orElseThrow().estimated()).isTrue();
        assertThat(calendar.holiday(d("2027-03-09"))).isEmpty();
        assertThat(calendar.holiday(d("2027-05-17")).orElseThrow().name()).isEqualTo("Hari Raya Idul Adha");
        assertThat(calendar.holiday(d("2027-03-08")).orElseThrow().estimated()).isTrue();
        // Friday 5 March 2027: Mon 8 Nyepi, Tue 9 works, Wed 10 and Thu 11 Idul Fitri, Fri 12 works: 3 working days later is Mon 15.
        assertThat(calendar.addWorkingDays(d("2027-03-05"), 3)).isEqualTo(d("2027-03-15"));
        assertThat(calendar.dependsOnEstimates(d("2027-03-05"), d("2027-03-15"))).isTrue();
        assertThat(calendar.dependsOnEstimates(d("2026-03-13"), d("2026-03-27"))).isFalse();
    }

    @Test
    void yearsOutsideTheTableCountWeekendsOnly() {
        // Thursday 30 Dec 2027: Fri 31, then 2028 (not covered): Mon 3 and Tue 4 January.
        LocalDate due = calendar.addWorkingDays(d("2027-12-30"), 3);
        assertThat(due).isEqualTo(d("2028-01-04"));
        assertThat(calendar.covers(due)).isFalse();
        assertThat(calendar.isWorkingDay(d("2028-08-17"))).isTrue(); // Independence Day unknown outside the table
        assertThat(calendar.isWorkingDay(d("2015-12-25"))).isTrue();
        // Monday 4 Jan 2016 backwards: Fri 1 Jan is New Year (covered), then Thu 31 and Wed 30 Dec 2015.
        assertThat(calendar.addWorkingDays(d("2016-01-04"), -1)).isEqualTo(d("2015-12-31"));
        assertThat(calendar.addWorkingDays(d("2016-01-04"), -2)).isEqualTo(d("2015-12-30"));
        assertThat(calendar.workingDaysBetween(d("2015-12-28"), d("2016-01-05"))).isEqualTo(5); // 28-31 Dec, 4 Jan
    }

    @Test
    void zeroAndNegativeCounts() {
        assertThat(calendar.addWorkingDays(d("2026-03-13"), 0)).isEqualTo(d("2026-03-13"));
        assertThat(calendar.addWorkingDays(d("2026-03-18"), 0)).isEqualTo(d("2026-03-25"));
        assertThat(calendar.addWorkingDays(d("2026-03-25"), -1)).isEqualTo(d("2026-03-17"));
        assertThat(calendar.workingDaysBetween(d("2026-03-28"), d("2026-03-13"))).isEqualTo(-6);
        Instant a = OffsetDateTime.parse("2026-03-13T09:00+07:00").toInstant();
        Instant b = OffsetDateTime.parse("2026-03-27T09:00+07:00").toInstant();
        assertThat(calendar.workingDaysBetween(a, b)).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(b, a)).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(a, a.plusSeconds(3600))).isZero();
    }

    @Test
    void workingDaysLeftAgainstAnExclusiveDue() {
        Instant due = OffsetDateTime.parse("2026-03-28T00:00+07:00").toInstant(); // end of Fri 27 March
        assertThat(calendar.workingDaysLeft(wib("2026-03-17T10:00"), due)).isEqualTo(3);
        assertThat(calendar.workingDaysLeft(wib("2026-03-26T10:00"), due)).isEqualTo(1);
        assertThat(calendar.workingDaysLeft(wib("2026-03-27T23:59"), due)).isZero();
        assertThat(calendar.workingDaysLeft(wib("2026-03-28T10:00"), due)).isEqualTo(-1); // Saturday: late, by at least one
        assertThat(calendar.workingDaysLeft(wib("2026-03-31T10:00"), due)).isEqualTo(-2);
    }

    @Test
    void twoHolidaysOnOneDayAreBothKept() {
        assertThat(calendar.holidaysOn(d("2021-05-13"))).extracting(Holiday::name)
                .containsExactlyInAnyOrder("Hari Raya Idul Fitri", "Kenaikan Yesus Kristus");
        assertThat(calendar.holiday(d("2027-12-25")).orElseThrow().estimated()).isFalse(); // Natal (decreed) first
        assertThat(calendar.holiday(d("2026-03-16"))).isEmpty();
    }

    /**
     * Isra Mikraj falls twice in 2027 (27 Rajab 1448 and 1449). The new moon of 28 November 2027 (03.26 UTC)
     * is too young at Indonesian sunset for MABIMS (elongation about 6° &lt; 6.4°), so Rajab 1449 starts on
     * 30 November and Isra Mikraj 1449 is estimated on Sunday 26 December, not on Natal (Umm al-Qura: 25 December).
     */
    @Test
    void israMikraj1449IsAnEstimateOfItsOwnDayAfterNatal() {
        assertThat(calendar.holidaysOn(d("2027-12-25"))).extracting(Holiday::name).containsExactly("Hari Raya Natal");
        Holiday isra = calendar.holidaysOn(d("2027-12-26")).getFirst();
        assertThat(isra.name()).isEqualTo("Isra Mikraj Nabi Muhammad");
        assertThat(isra.estimated()).isTrue();
        assertThat(calendar.holidays()).filteredOn(h -> h.date().getYear() == 2027 && h.name().startsWith("Isra Mikraj"))
                .extracting(Holiday::date).containsExactly(d("2027-01-05"), d("2027-12-26"));
    }

    @Test
    void parsesQuotedNamesBlankLinesAndAByteOrderMark() {
        String csv = "\uFEFFdate,kind,name,estimated\r\n"
                + "2030-01-01,LIBUR_NASIONAL,Tahun Baru Masehi,false\r\n"
                + "\r\n"
                + "2030-02-04,CUTI_BERSAMA,\"Cuti Bersama Imlek, \"\"Tahun Anjing\"\"\",true\r\n";
        List<Holiday> holidays = HolidayTable.parseCsv(new StringReader(csv));
        assertThat(holidays).containsExactly(
                new Holiday(d("2030-01-01"), HolidayKind.LIBUR_NASIONAL, "Tahun Baru Masehi", false),
                new Holiday(d("2030-02-04"), HolidayKind.CUTI_BERSAMA, "Cuti Bersama Imlek, \"Tahun Anjing\"", true));
        WorkingCalendar custom = WorkingCalendar.of(holidays, WIB);
        assertThat(custom.isWorkingDay(d("2030-02-04"))).isFalse();
        assertThat(custom.covers(d("2030-06-01"))).isTrue();
        assertThat(custom.covers(d("2026-03-18"))).isFalse();
        assertThat(custom.isWorkingDay(d("2026-03-18"))).isTrue();
    }

    @Test
    void badRowsFailWithTheirLineNumber() {
        String header = "date,kind,name,estimated\n";
        assertThatThrownBy(() -> HolidayTable.parseCsv(new StringReader(
                header + "2026-01-01,LIBUR_NASIONAL,Tahun Baru,false\n2026-13-01,LIBUR_NASIONAL,X,false\n")))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("2026-13-01")
                .satisfies(e -> assertThat(((HolidayDataException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> HolidayTable.parseCsv(new StringReader(header + "2026-01-01,LIBUR,X,false\n")))
                .hasMessageContaining("line 2").hasMessageContaining("LIBUR");
        assertThatThrownBy(() -> HolidayTable.parseCsv(new StringReader(header + "2026-01-01,LIBUR_NASIONAL,X,ya\n")))
                .hasMessageContaining("line 2").hasMessageContaining("estimated");
        assertThatThrownBy(() -> HolidayTable.parseCsv(new StringReader(header + "2026-01-01,LIBUR_NASIONAL,Tahun, Baru,false\n")))
                .hasMessageContaining("line 2").hasMessageContaining("4 fields");
        assertThatThrownBy(() -> HolidayTable.parseCsv(new StringReader(header + "2026-01-01,LIBUR_NASIONAL,\"Tahun,false\n")))
                .hasMessageContaining("line 2").hasMessageContaining("unterminated");
        assertThatThrownBy(() -> HolidayTable.parseCsv(new StringReader("tanggal,jenis\n")))
                .hasMessageContaining("line 1").hasMessageContaining("header");
        assertThatThrownBy(() -> HolidayTable.parseCsv(new StringReader("")))
                .isInstanceOf(HolidayDataException.class);
    }

    @Test
    void emptyCalendarIsMondayToFriday() {
        WorkingCalendar weekdays = WorkingCalendar.of(List.of(), WIB);
        assertThat(weekdays.coveredYears()).isEmpty();
        assertThat(weekdays.addWorkingDays(d("2026-03-13"), 5)).isEqualTo(d("2026-03-20"));
        assertThat(weekdays.workingDaysBetween(d("2026-03-01"), d("2026-04-01"))).isEqualTo(22);
        assertThat(weekdays.isWorkingDay(d("2026-03-21"))).isFalse();
    }

    @Test
    void holderSwapsTheWholeCalendar() {
        CalendarHolder holder = new CalendarHolder(calendar);
        assertThat(holder.current().isWorkingDay(d("2026-03-18"))).isFalse();
        WorkingCalendar published = WorkingCalendar.of(
                List.of(new Holiday(d("2026-03-16"), HolidayKind.CUTI_BERSAMA, "Cuti tambahan", false)), WIB);
        holder.replace(published);
        assertThat(holder.current()).isSameAs(published);
        assertThat(holder.current().isWorkingDay(d("2026-03-16"))).isFalse();
        assertThat(holder.current().isWorkingDay(d("2026-03-18"))).isTrue();
        assertThatThrownBy(() -> holder.replace(null)).isInstanceOf(NullPointerException.class);
    }

    private static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(WIB).toInstant();
    }
}
