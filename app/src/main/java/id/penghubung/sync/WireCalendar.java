package id.penghubung.sync;

import id.penghubung.model.calendar.CalendarEdition;
import id.penghubung.model.calendar.CalendarOrigin;
import id.penghubung.model.calendar.Holiday;
import id.penghubung.model.calendar.HolidayKind;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.calendar.YearStatus;
import id.penghubung.protocol.CalendarDay;
import id.penghubung.protocol.WireCalendarEdition;
import id.penghubung.protocol.WireCalendarYear;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The server's published calendar as the model's: an unknown year status is read as not decreed. */
final class WireCalendar {
    private WireCalendar() {
    }

    static WorkingCalendar toModel(List<CalendarDay> days, WireCalendarEdition wireEdition, ZoneId zone) {
        List<Holiday> holidays = days.stream()
                .map(d -> new Holiday(d.date(), HolidayKind.valueOf(d.kind()), d.name(), d.estimated()))
                .toList();
        CalendarEdition edition = wireEdition == null ? CalendarEdition.inferred(holidays) : edition(wireEdition);
        return WorkingCalendar.of(holidays, zone, edition);
    }

    private static CalendarEdition edition(WireCalendarEdition wire) {
        Map<Integer, YearStatus> years = new TreeMap<>();
        if (wire.years() != null) {
            for (WireCalendarYear year : wire.years()) {
                years.put(year.year(), status(year.status()));
            }
        }
        return new CalendarEdition(wire.version() == null ? "" : wire.version(), Optional.ofNullable(wire.updated()), years,
                CalendarOrigin.SERVER);
    }

    private static YearStatus status(String wire) {
        if (wire == null) {
            return YearStatus.NOT_DECREED;
        }
        try {
            return YearStatus.valueOf(wire);
        } catch (IllegalArgumentException e) {
            return YearStatus.NOT_DECREED;
        }
    }
}
