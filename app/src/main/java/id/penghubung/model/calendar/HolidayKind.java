package id.penghubung.model.calendar;

/** Why a date is not a working day: a national holiday or a joint leave day (SKB 3 Menteri). */
public enum HolidayKind {
    /** Hari libur nasional. */
    LIBUR_NASIONAL,
    /** Cuti bersama: joint leave decreed yearly for civil servants. */
    CUTI_BERSAMA
}
