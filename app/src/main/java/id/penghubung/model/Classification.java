package id.penghubung.model;

/** Klasifikasi laporan: what kind of report the reporter filed. */
public enum Classification {
    PENGADUAN,
    ASPIRASI,
    PERMINTAAN_INFORMASI,
    // --- R5 ---
    /** Whistle-blowing (WBS): confidential by default, the identity never printed or exported by default. */
    WBS,
    /** A classification this version does not know yet, kept as received ({@link Complaint#classificationName()}). */
    OTHER
}
