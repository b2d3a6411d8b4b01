package id.penghubung.model;

/** Klasifikasi laporan: what kind of report the reporter filed. */
public enum Classification {
    PENGADUAN,
    ASPIRASI,
    PERMINTAAN_INFORMASI
}
