package id.penghubung.protocol;

/** A year of the calendar and its status: DECREED, CUTI_BERSAMA_NOT_DECREED or NOT_DECREED (unknown: not decreed). */
public record WireCalendarYear(int year, String status) {
}
