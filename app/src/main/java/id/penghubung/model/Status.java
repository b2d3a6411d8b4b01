package id.penghubung.model;

/** The public status of a report; the names are the labels officers know. */
public enum Status {
    BELUM_TERVERIFIKASI,
    BELUM_DITINDAKLANJUTI,
    PROSES,
    SELESAI,
    ARSIP,
    // --- R6 ---
    /** Redirected away from this agency by the LAPOR! admin: the agency's last copy, read-only ({@link Complaint#redirect()}). */
    DIALIHKAN,
    // --- R5 ---
    /** Tunda: held by the LAPOR! admin with a reason (a HELD event) until resumed (RESUMED); no officer action but a note. */
    TUNDA,
    /** A status this version does not know yet; the complaint keeps the name it arrived with ({@link Complaint#statusName()}). */
    OTHER;

    /** Closed reports accept nothing but an internal note. */
    public boolean isClosed() {
        return this == SELESAI || this == ARSIP || this == DIALIHKAN;
    }
}
