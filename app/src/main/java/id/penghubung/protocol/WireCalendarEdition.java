package id.penghubung.protocol;

import java.time.LocalDate;
import java.util.List;

/** What the published calendar rests on: its version, when it was checked, the years not fully decreed. */
public record WireCalendarEdition(String version, LocalDate updated, List<WireCalendarYear> years) {
}
