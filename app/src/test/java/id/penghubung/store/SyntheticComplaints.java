package id.penghubung.store;

import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Attachment;
import id.penghubung.model.Category;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.GeoPoint;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.Status;
import id.penghubung.model.TrackingId;
import id.penghubung.model.UnitRef;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Realistic, deterministic complaints for tests and benchmarks: complaint {@code n} depends only on
 * the seed and {@code n}, so callers can generate 100,000 of them page by page without holding them.
 * Bodies are ~1.5 KB of Indonesian-like text, ~6 events each, ~30% anonymous (no reporter), a few
 * confidential, spread over 30 categories, 12 units, 6 provinces and 2 years.
 */
public final class SyntheticComplaints {
    public static final Instant EPOCH = Instant.parse("2025-01-06T01:00:00Z");

    static final String[] WORDS = ("jalan rusak berlubang lampu penerangan mati sejak bulan lalu warga mengeluhkan"
            + " pelayanan puskesmas antrean panjang obat tidak tersedia dokter jarang hadir sekolah dasar guru honorer"
            + " belum menerima gaji bantuan sosial tidak tepat sasaran kartu keluarga akta kelahiran pengurusan lambat"
            + " pungutan liar kelurahan kecamatan desa sampah menumpuk saluran air tersumbat banjir setiap hujan"
            + " jembatan ambruk angkutan umum terminal izin usaha perizinan daring sistem gangguan listrik padam"
            + " pelayanan kependudukan e-ktp blangko habis rumah sakit rujukan bpjs kesehatan ditolak pasien"
            + " kepolisian laporan tidak ditanggapi petugas kasar parkir liar trotoar pedagang kaki lima pasar"
            + " tradisional harga beras naik subsidi pupuk petani irigasi sawah kering sumur bor air bersih pdam"
            + " tagihan membengkak meteran rusak perbaikan mohon segera ditindaklanjuti kami berharap pemerintah"
            + " daerah dinas terkait memperhatikan keluhan masyarakat sudah beberapa kali melapor namun belum ada"
            + " tanggapan kondisi semakin parah membahayakan pengendara anak sekolah lansia penyandang disabilitas"
            + " akses fasilitas umum taman kota ruang terbuka hijau pohon tumbang kabel menjuntai tiang miring"
            + " pembangunan proyek mangkrak anggaran dana desa transparansi kepala desa musyawarah rapat warga").split(" ");
    static final String[] PROVINCES = {"31:DKI Jakarta", "32:Jawa Barat", "33:Jawa Tengah", "35:Jawa Timur",
        "51:Bali", "73:Sulawesi Selatan"};
    static final String[][] REGENCIES = {
        {"Kota Jakarta Selatan", "Kota Jakarta Timur", "Kota Jakarta Barat"},
        {"Kota Bandung", "Kabupaten Bogor", "Kota Bekasi", "Kabupaten Garut"},
        {"Kota Semarang", "Kabupaten Banyumas", "Kota Surakarta"},
        {"Kota Surabaya", "Kabupaten Malang", "Kabupaten Jember"},
        {"Kota Denpasar", "Kabupaten Badung"},
        {"Kota Makassar", "Kabupaten Gowa", "Kabupaten Bone"}};
    static final String[] CATEGORY_NAMES = {"Kesehatan", "Pendidikan", "Pekerjaan Umum", "Perhubungan", "Sosial",
        "Kependudukan", "Lingkungan Hidup", "Energi dan Listrik", "Air Bersih", "Perizinan"};
    static final int CATEGORIES = 30;
    static final int UNITS = 12;
    static final AgencyRef[] AGENCIES = {new AgencyRef("ag-1", "Pemerintah Kota Bandung"),
        new AgencyRef("ag-2", "Kementerian Kesehatan"), new AgencyRef("ag-3", "Pemerintah Provinsi Jawa Timur")};

    private final long seed;

    public SyntheticComplaints(long seed) {
        this.seed = seed;
    }

    public static String trackingOf(int n) {
        return Integer.toString(1_000_000 + n);
    }

    /** A complaint from the synthetic world with one more event (three hours after its last) and the status it leaves. */
    static Complaint then(Complaint c, String id, EventType type, Status status) {
        List<Event> events = new ArrayList<>(c.events());
        Instant at = events.getLast().at().plus(Duration.ofHours(3));
        events.add(new Event(c.id() + "-" + id, type, at, new Actor(ActorKind.OFFICER, "Penghubung"), "Teks " + id, List.of()));
        return new Complaint(c.id(), c.trackingId(), c.version(), c.title(), c.body(), c.classification(), c.anonymous(),
                c.confidential(), c.category(), c.channel(), status, c.submittedAt(), c.disposedAt(), c.incidentDate(),
                c.location(), c.agency(), c.unit(), c.reporter(), c.attachments(), events);
    }

    public static String idOf(int n) {
        return "c-" + n;
    }

    public static Category category(int i) {
        String name = CATEGORY_NAMES[i % CATEGORY_NAMES.length];
        return i < CATEGORY_NAMES.length ? Category.root("cat-" + i, name)
                : new Category("cat-" + i, name + " " + (i / CATEGORY_NAMES.length), Optional.of("cat-" + (i % CATEGORY_NAMES.length)));
    }

    public static UnitRef unit(int i) {
        return new UnitRef("unit-" + i, "ag-1", "Bidang " + (i + 1));
    }

    /** Complaints [from, from + count). */
    public List<Complaint> page(int from, int count) {
        List<Complaint> out = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            out.add(complaint(n));
        }
        return out;
    }

    public Complaint complaint(int n) {
        return complaint(n, 1 + (n % 3));
    }

    /** Complaint {@code n} at a given version (same content family, version-dependent status). */
    public Complaint complaint(int n, long version) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        Instant submitted = EPOCH.plus(Duration.ofMinutes(r.nextLong(2L * 365 * 24 * 60)));
        boolean anonymous = r.nextInt(10) < 3;
        boolean confidential = r.nextInt(20) == 0;
        int province = r.nextInt(PROVINCES.length);
        String[] prov = PROVINCES[province].split(":");
        String regency = REGENCIES[province][r.nextInt(REGENCIES[province].length)];
        Location location = new Location(prov[0], prov[1], regency, "Kecamatan " + word(r), "Kelurahan " + word(r),
                "Jl. " + cap(word(r)) + " No. " + (1 + r.nextInt(200)),
                r.nextBoolean() ? Optional.of(new GeoPoint(-8 + r.nextDouble() * 7, 106 + r.nextDouble() * 14)) : Optional.empty());
        Category category = category(r.nextInt(CATEGORIES));
        // The six LAPOR! channels (the first six): the ones an officer enters (issue 20) are not in the synthetic world.
        Channel channel = Channel.values()[r.nextInt(6)];
        Classification classification = Classification.values()[r.nextInt(10) < 7 ? 0 : 1 + r.nextInt(2)];
        AgencyRef agency = AGENCIES[r.nextInt(AGENCIES.length)];
        Optional<UnitRef> unit = r.nextInt(3) == 0 ? Optional.empty() : Optional.of(unit(r.nextInt(UNITS)));
        String title = cap(sentence(r, 5 + r.nextInt(6)));
        String body = paragraph(r, 1400 + r.nextInt(200));

        List<Event> events = new ArrayList<>();
        Instant t = submitted;
        events.add(event(n, 0, EventType.SUBMITTED, t, ActorKind.REPORTER, anonymous ? "Pelapor" : "Pelapor", sentence(r, 6)));
        t = t.plus(Duration.ofHours(4 + r.nextInt(40)));
        events.add(event(n, 1, EventType.VERIFIED, t, ActorKind.ADMIN, "Admin LAPOR!", "Laporan diverifikasi."));
        t = t.plus(Duration.ofHours(1 + r.nextInt(20)));
        events.add(event(n, 2, EventType.DISPOSED, t, ActorKind.ADMIN, "Admin LAPOR!", "Didisposisikan ke " + agency.name()));
        Instant disposedAt = t;
        int stage = r.nextInt(7);
        Status status = Status.BELUM_DITINDAKLANJUTI;
        if (stage >= 1) {
            t = t.plus(Duration.ofHours(2 + r.nextInt(30)));
            events.add(event(n, 3, EventType.NOTE, t, ActorKind.OFFICER, "Penghubung", "Catatan internal: " + sentence(r, 12)));
        }
        if (stage >= 2) {
            t = t.plus(Duration.ofHours(2 + r.nextInt(60)));
            events.add(event(n, 4, EventType.RESPONDED, t, ActorKind.OFFICER, "Penghubung", cap(sentence(r, 30))));
            status = Status.PROSES;
        }
        if (stage == 3) {
            t = t.plus(Duration.ofHours(2 + r.nextInt(60)));
            events.add(event(n, 5, EventType.INFO_REQUESTED, t, ActorKind.OFFICER, "Penghubung", "Mohon lengkapi: " + sentence(r, 10)));
        }
        if (stage == 4) {
            t = t.plus(Duration.ofHours(2 + r.nextInt(60)));
            events.add(event(n, 5, EventType.INFO_REQUESTED, t, ActorKind.OFFICER, "Penghubung", "Mohon lengkapi: " + sentence(r, 10)));
            t = t.plus(Duration.ofHours(2 + r.nextInt(60)));
            events.add(event(n, 6, EventType.REPORTER_REPLIED, t, ActorKind.REPORTER, "Pelapor", sentence(r, 15)));
        }
        if (stage == 5) {
            t = t.plus(Duration.ofHours(2 + r.nextInt(60)));
            events.add(event(n, 5, EventType.COMPLETED, t, ActorKind.OFFICER, "Penghubung", "Selesai: " + sentence(r, 20)));
            status = Status.SELESAI;
        }
        if (stage == 6 && r.nextBoolean()) {
            t = t.plus(Duration.ofHours(2 + r.nextInt(60)));
            events.add(event(n, 5, EventType.ARCHIVED, t, ActorKind.ADMIN, "Admin LAPOR!", "Diarsipkan: masukan terlalu umum"));
            status = Status.ARSIP;
        }
        Optional<Reporter> reporter = anonymous ? Optional.empty()
                : Optional.of(new Reporter(cap(word(r)) + " " + cap(word(r)), Optional.of("08" + (100_000_000 + r.nextInt(899_999_999))),
                        Optional.of(word(r) + n + "@contoh.id"), Optional.empty()));
        List<Attachment> attachments = r.nextInt(4) == 0
                ? List.of(new Attachment(sha(r), "foto-" + n + ".jpg", "image/jpeg", 50_000 + r.nextInt(2_000_000)))
                : List.of();
        LocalDate incident = LocalDate.ofInstant(submitted, ZoneOffset.ofHours(7)).minusDays(r.nextInt(30));
        return new Complaint(idOf(n), new TrackingId(trackingOf(n)), version, title, body, classification, anonymous,
                confidential, category, channel, status, submitted, Optional.of(disposedAt), Optional.of(incident), location,
                Optional.of(agency), unit, reporter, attachments, events);
    }

    /**
     * A plausible deadline for tests (not the real working-day rule, which lives in the model):
     * open complaints are due 7 calendar days after disposition, closed ones have none. The facts of
     * the dashboard's trends are written by the model's rules (bundled calendar, standard policy).
     */
    public static DeadlineIndex deadlines() {
        return new DeadlineIndex() {
            @Override
            public Optional<Instant> nextDueAt(Complaint c) {
                return c.status().isClosed() ? Optional.empty()
                        : Optional.of(c.disposedAt().orElse(c.submittedAt()).plus(Duration.ofDays(7)));
            }

            @Override
            public Optional<DeadlineCalculator> factsCalculator() {
                return Optional.of(FACTS_RULES);
            }
        };
    }

    private static final DeadlineCalculator FACTS_RULES = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());

    private static Event event(int n, int i, EventType type, Instant at, ActorKind kind, String name, String text) {
        return new Event("e-" + n + "-" + i, type, at, new Actor(kind, name), text, List.of());
    }

    private static String sha(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            sb.append(Character.forDigit(r.nextInt(16), 16));
        }
        return sb.toString();
    }

    private static final String[] SYLLABLES = {"ba", "ka", "la", "ma", "na", "pa", "ra", "sa", "ta", "wa", "ja", "ga",
        "da", "ha", "ya", "ri", "ku", "ne", "lo", "tu", "si", "mu", "pe", "go", "de", "bi", "ton", "ngan", "kan", "lih"};
    /** Real words first, then a long tail of pseudo-words (place names, jargon, names): ~4,300 in all. */
    static final String[] VOCABULARY = vocabulary();

    private static String[] vocabulary() {
        List<String> v = new ArrayList<>(List.of(WORDS));
        int s = SYLLABLES.length;
        for (int i = 0; v.size() < 4_300; i++) {
            String w = SYLLABLES[i % s] + SYLLABLES[(i / s) % s] + (i >= s * s ? SYLLABLES[(i / (s * s)) % s] : "");
            v.add(w);
        }
        return v.toArray(String[]::new);
    }

    /** A word with a Zipf-like skew: the real words are common, the tail is rare, as in real reports. */
    static String word(SplittableRandom r) {
        double u = r.nextDouble();
        return VOCABULARY[(int) (VOCABULARY.length * u * u * u)];
    }

    private static String sentence(SplittableRandom r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(word(r));
        }
        return sb.toString();
    }

    private static String paragraph(SplittableRandom r, int chars) {
        StringBuilder sb = new StringBuilder(chars + 100);
        while (sb.length() < chars) {
            sb.append(cap(sentence(r, 8 + r.nextInt(10)))).append(". ");
        }
        return sb.toString().strip();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
