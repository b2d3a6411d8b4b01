package id.penghubung.model.calendar;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** Indonesia's three time zones; an office counts its working days in its own. */
public enum OfficeZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    OfficeZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
    }

    public ZoneId zone() {
        return zone;
    }

    /** WIB, WITA or WIT for a zone; the zone's id when it is none of the three. */
    public static String label(ZoneId zone) {
        return of(zone).map(Enum::name).orElseGet(() -> zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
    }

    /** The office zone a time-zone id stands for, if it is one of the three. */
    public static Optional<OfficeZone> of(ZoneId zone) {
        for (OfficeZone candidate : values()) {
            if (candidate.zone.equals(zone)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
