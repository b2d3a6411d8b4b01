package id.penghubung.model.calendar;

/** How far a year of the holiday table rests on a decree (SKB 3 Menteri). */
public enum YearStatus {
    /** Libur nasional and cuti bersama both decreed. */
    DECREED,
    /** Libur nasional decreed, the year's cuti bersama not yet. */
    CUTI_BERSAMA_NOT_DECREED,
    /** Nothing decreed: moving holidays are estimates and no cuti bersama is known. */
    NOT_DECREED;

    /** Whether cuti bersama days may still be added to the year. */
    public boolean cutiBersamaOpen() {
        return this != DECREED;
    }
}
