package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.protocol.CalendarDay;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.WireCalendarEdition;
import id.penghubung.protocol.WireSlaPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: the zone in which working days are counted is server policy ({@code countingZone} in the
 * reference data, default WIB). A server that publishes WITA has the desk count deadlines in WITA; an
 * absent or unreadable zone keeps the one in force.
 */
class CountingZonePolicyTest {
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final List<CalendarDay> DAYS = WorkingCalendar.bundled().holidays().stream()
            .map(h -> new CalendarDay(h.date(), h.kind().name(), h.name(), h.estimated())).toList();

    private static ReferenceData publishing(String countingZone) {
        return new ReferenceData(List.of(), List.of(), List.of(), List.of(), WireSlaPolicy.defaults(), DAYS,
                new WireCalendarEdition("SKB server", LocalDate.parse("2026-11-30"), List.of()), null, null, null, null,
                countingZone, null);
    }

    @Test
    void theCountingZoneIsTheServersPolicy() {
        ServerRules rules = ServerRules.standard();
        assertThat(rules.adopt(publishing("Asia/Makassar"))).isTrue();
        assertThat(rules.calendar().current().zone()).isEqualTo(WITA);
        Complaint c = ModelFixtures.complaint("2026-03-02T08:00").disposed("2026-03-03T09:00").build();
        Instant due = rules.calculator().evaluate(c, Instant.parse("2026-03-03T03:00:00Z")).of(DeadlineKind.FOLLOW_UP)
                .orElseThrow().dueAt().orElseThrow();
        // The follow-up ends at midnight WITA (16.00 UTC), one hour before it would in WIB.
        ZonedDateTime end = due.atZone(WITA);
        assertThat(end.getHour()).isZero();
        assertThat(end.getMinute()).isZero();

        assertThat(rules.adopt(publishing("Asia/Jakarta"))).isTrue();
        assertThat(rules.calendar().current().zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void anAbsentOrUnreadableCountingZoneKeepsTheOneInForce() {
        ServerRules rules = ServerRules.standard();
        rules.adopt(publishing("Asia/Makassar"));
        rules.adopt(publishing(null));
        assertThat(rules.calendar().current().zone()).isEqualTo(WITA);
        rules.adopt(publishing("Mars/Olympus"));
        assertThat(rules.calendar().current().zone()).isEqualTo(WITA);
    }
}
