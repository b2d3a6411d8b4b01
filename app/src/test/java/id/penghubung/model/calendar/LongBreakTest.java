package id.penghubung.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Libur panjang: the desk warns before the break which due days it squeezes. */
class LongBreakTest {
    private final WorkingCalendar calendar = WorkingCalendar.bundled();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void lebaran2026IsFoundAWeekAheadWithItsLastWorkingDay() {
        // Cuti bersama Nyepi Wed 18 March, Nyepi 19, cuti bersama 20, Idul Fitri 21-22, cuti bersama 23-24 March 2026.
        LongBreak lebaran = LongBreak.next(calendar, d("2026-03-11"), 10).orElseThrow();
        assertThat(lebaran.firstDayOff()).isEqualTo(d("2026-03-18"));
        assertThat(lebaran.lastDayOff()).isEqualTo(d("2026-03-24"));
        assertThat(lebaran.days()).isEqualTo(7);
        assertThat(lebaran.lastWorkingDayBefore()).isEqualTo(d("2026-03-17"));
        assertThat(lebaran.firstWorkingDayAfter()).isEqualTo(d("2026-03-25"));
        assertThat(lebaran.estimated()).isFalse();
    }

    @Test
    void aDueDayInTheFirstWorkingDaysAfterTheBreakIsSqueezedOneLaterIsNot() {
        LongBreak lebaran = LongBreak.next(calendar, d("2026-03-11"), 10).orElseThrow();
        assertThat(lebaran.squeezes(calendar, d("2026-03-17"))).isFalse();
        assertThat(lebaran.squeezes(calendar, d("2026-03-25"))).isTrue();
        assertThat(lebaran.squeezes(calendar, d("2026-03-26"))).isTrue();
        assertThat(lebaran.squeezes(calendar, d("2026-03-27"))).isFalse();
    }

    @Test
    void anOrdinaryWeekendIsNoBreakAndLebaran2027IsAnEstimate() {
        // 2-13 November 2026 has no holiday: only weekends.
        assertThat(LongBreak.next(calendar, d("2026-11-02"), 10)).isEmpty();
        // 2027 is not decreed: Nyepi (Monday 8 March, an estimate) makes a long weekend; Lebaran's cuti bersama are unknown.
        LongBreak nyepi2027 = LongBreak.next(calendar, d("2027-03-01"), 14).orElseThrow();
        assertThat(nyepi2027.firstDayOff()).isEqualTo(d("2027-03-06"));
        assertThat(nyepi2027.lastDayOff()).isEqualTo(d("2027-03-08"));
        assertThat(nyepi2027.estimated()).isTrue();
        assertThat(nyepi2027.holidays()).extracting(Holiday::name).containsExactly("Hari Suci Nyepi");
    }
}
