package id.penghubung.central;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Channel;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireAgency;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireCategory;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireLocation;
import id.penghubung.protocol.WireReporter;
import id.penghubung.protocol.WireUnit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The simulated world: complaint number i depends only on (seed, i) and the anchor day, so the
 * same seed and count give the same world. Dates are relative to the anchor (the start of "today"
 * in Asia/Jakarta by the server's clock): every event lies before it, some complaints are overdue.
 */
final class SeedWorld {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String REPORTER_ANONYMOUS = "Pelapor";
    static final String ADMIN_ACTOR = "Admin LAPOR!";

    private static final String[] FIRST = {"Agus", "Siti", "Budi", "Dewi", "Rina", "Andi", "Nur", "Eko", "Yuni", "Hendra",
        "Ratna", "Dedi", "Wahyu", "Lestari", "Asep", "Euis", "Ujang", "Neneng", "Bambang", "Sri", "Fitri", "Rizky", "Dian",
        "Iwan", "Maya", "Teguh", "Putri", "Slamet", "Yanti", "Ahmad"};
    private static final String[] LAST = {"Setiawan", "Rahmawati", "Santoso", "Lestari", "Hidayat", "Kurniawan", "Saputra",
        "Wulandari", "Nugraha", "Suryani", "Permana", "Gunawan", "Hermawan", "Pratama", "Sulistyowati", "Firmansyah",
        "Maulana", "Susanti", "Wijaya", "Hasanah"};
    private static final String[] STREETS = {"Jalan Merdeka", "Jalan Ahmad Yani", "Jalan Jenderal Sudirman", "Jalan Diponegoro",
        "Jalan Gatot Subroto", "Jalan Pahlawan", "Jalan Kartini", "Jalan Veteran", "Jalan Pemuda", "Jalan Pramuka",
        "Jalan Imam Bonjol", "Jalan Cendana", "Jalan Melati", "Jalan Kenanga Raya"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};
    private static final String[] ARCHIVE_REASONS = {"Masukan terlalu umum dan tidak menyebutkan lokasi kejadian.",
        "Laporan tidak relevan dengan pelayanan publik.", "Laporan ganda; sudah ditangani pada laporan lain."};
    private static final String[] INFO_QUESTIONS = {"Mohon melengkapi alamat lengkap lokasi kejadian beserta foto terbaru.",
        "Mohon sampaikan nomor peserta atau nomor pendaftaran agar dapat kami telusuri.",
        "Mohon informasikan tanggal dan jam kejadian secara lebih rinci."};
    private static final String[] NOTES = {"Sudah dikoordinasikan melalui telepon dengan kepala seksi terkait.",
        "Menunggu laporan hasil cek lapangan dari unit.", "Perlu dibahas pada rapat koordinasi mingguan."};
    private static final String[] NOT_AUTHORIZED = {"Ruas jalan tersebut merupakan jalan nasional, kewenangan Kementerian PUPR.",
        "Permasalahan sertifikat tanah merupakan kewenangan Kantor Pertanahan.",
        "Lokasi kejadian berada di luar wilayah administrasi kami."};
    private static final String DISPOSE_NOTE = "Mohon segera ditindaklanjuti dan dilaporkan hasilnya.";

    private final long seed;
    private final Instant anchor;
    private final SeedTexts texts = SeedTexts.get();
    private final List<WireAttachment> photos;
    private final List<WireAttachment> documents;

    SeedWorld(long seed, Instant now) {
        this.seed = seed;
        this.anchor = LocalDate.ofInstant(now, WIB).atStartOfDay(WIB).toInstant();
        this.photos = SampleFiles.photos().stream().map(SampleFiles.File::meta).toList();
        this.documents = SampleFiles.documents().stream().map(SampleFiles.File::meta).toList();
    }

    static String complaintId(long seed, int index) {
        return UUID.nameUUIDFromBytes(("penghubung-seed:" + seed + ":" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Complaint number index of this world. */
    ComplaintRecord complaint(int index) {
        Random rnd = new Random(seed * 1_000_003L + index * 7_919L + 17);
        Catalog.Topic topic = Catalog.TOPICS.get(rnd.nextInt(Catalog.TOPICS.size()));
        Catalog.Agency agency = pickAgency(rnd, topic);
        Catalog.Province province = agency.provinceId().isEmpty()
                ? pickProvince(rnd)
                : Catalog.province(agency.provinceId()).orElseThrow();
        Catalog.Regency regency = agency.regency()
                .flatMap(name -> province.regencies().stream().filter(r -> r.name().equals(name)).findFirst())
                .orElseGet(() -> province.regencies().get(rnd.nextInt(province.regencies().size())));
        Catalog.District district = regency.districts().get(rnd.nextInt(regency.districts().size()));
        String village = district.villages().get(rnd.nextInt(district.villages().size()));
        String street = STREETS[rnd.nextInt(STREETS.length)];

        List<SeedTexts.Template> templates = texts.byTopic.get(topic.file());
        SeedTexts.Template template = templates.get(rnd.nextInt(templates.size()));
        Map<String, String> fill = new HashMap<>();
        fill.put("desa", village);
        fill.put("kecamatan", district.name());
        fill.put("kota", regency.name());
        fill.put("jalan", street);
        fill.put("hari", Integer.toString(3 + rnd.nextInt(40)));
        fill.put("bulan", MONTHS[rnd.nextInt(MONTHS.length)]);
        fill.put("nominal", String.format(Locale.ROOT, "%,d", (5 + rnd.nextInt(150)) * 10_000).replace(',', '.'));
        fill.put("nomor", Integer.toString(1 + rnd.nextInt(60)));
        fill.put("sekolah", school(rnd, regency, village));
        fill.put("faskes", facility(rnd, regency, district));
        String title = fillIn(template.title(), fill);
        String body = fillIn(template.body(), fill);

        boolean anonymous = rnd.nextInt(100) < 10;
        boolean confidential = rnd.nextInt(100) < 5;
        Channel channel = pickChannel(rnd);
        WireReporter reporter = anonymous ? null : reporter(rnd, province);
        String reporterName = anonymous ? REPORTER_ANONYMOUS : reporter.name();
        WireCategory category = Catalog.category(topic.categoryId()).orElseThrow();
        WireLocation location = new WireLocation(province.id(), province.name(), regency.name(), district.name(), village,
                street, rnd.nextInt(3) == 0 ? null : round(province.lat() + rnd.nextGaussian() * 0.05),
                null);
        if (location.latitude() != null) {
            location = new WireLocation(location.provinceId(), location.province(), location.regency(), location.district(),
                    location.village(), location.detail(), location.latitude(), round(province.lon() + rnd.nextGaussian() * 0.05));
        }
        List<WireAttachment> attachments = new ArrayList<>();
        if (rnd.nextInt(100) < 30) {
            attachments.add(photos.get(rnd.nextInt(photos.size())));
            if (rnd.nextInt(4) == 0) {
                attachments.add(documents.get(rnd.nextInt(documents.size())));
            }
        }

        // The chronology: gaps in hours between steps, placed so the last step is before the anchor.
        String id = complaintId(seed, index);
        String tracking = Long.toString(3_100_000L + index * 3L + rnd.nextInt(3));
        Chronology chrono = new Chronology(id, rnd);
        List<Step> steps = new ArrayList<>();
        Status status;
        WireUnit unit = null;
        WireAgency disposedTo = null;
        int stage = rnd.nextInt(100);
        steps.add(new Step(EventType.SUBMITTED, new WireActor(ActorKind.REPORTER, reporterName), "", attachments, 0));
        if (stage < 7) {
            status = Status.BELUM_TERVERIFIKASI;
        } else if (stage < 10) {
            steps.add(new Step(EventType.ARCHIVED, admin(), ARCHIVE_REASONS[rnd.nextInt(ARCHIVE_REASONS.length)], List.of(), hours(rnd, 4, 60)));
            status = Status.ARSIP;
        } else {
            disposedTo = agency.wire();
            steps.add(new Step(EventType.VERIFIED, admin(), "", List.of(), hours(rnd, 2, 70)));
            steps.add(new Step(EventType.DISPOSED, admin(), agency.name(), List.of(), hours(rnd, 0, 3)));
            WireActor officer = new WireActor(ActorKind.OFFICER, "Penghubung " + agency.name());
            Catalog.Unit chosen = pickUnit(rnd, agency, topic);
            if (stage < 30) {
                status = Status.BELUM_DITINDAKLANJUTI;
            } else {
                status = Status.PROSES;
                if (chosen != null && rnd.nextInt(100) < 70) {
                    unit = chosen.wire();
                    steps.add(new Step(EventType.DISPOSED_TO_UNIT, officer, DISPOSE_NOTE, List.of(), hours(rnd, 2, 60)));
                }
                String unitName = unit != null ? unit.name() : agency.name();
                if (rnd.nextInt(100) < 25) {
                    steps.add(new Step(EventType.NOTE, officer, NOTES[rnd.nextInt(NOTES.length)], List.of(), hours(rnd, 1, 30)));
                }
                if (stage < 62) {
                    int variant = rnd.nextInt(4);
                    switch (variant) {
                        case 0 -> steps.add(new Step(EventType.RESPONDED, officer, response(rnd, unitName), List.of(), hours(rnd, 6, 100)));
                        case 1 -> {
                            steps.add(new Step(EventType.INFO_REQUESTED, officer, INFO_QUESTIONS[rnd.nextInt(INFO_QUESTIONS.length)], List.of(), hours(rnd, 6, 80)));
                            if (rnd.nextBoolean()) {
                                steps.add(new Step(EventType.REPORTER_REPLIED, new WireActor(ActorKind.REPORTER, reporterName),
                                        texts.replies.get(rnd.nextInt(texts.replies.size())), List.of(), hours(rnd, 4, 100)));
                            }
                        }
                        case 2 -> steps.add(new Step(EventType.NOT_AUTHORIZED, officer, NOT_AUTHORIZED[rnd.nextInt(NOT_AUTHORIZED.length)], List.of(), hours(rnd, 6, 60)));
                        default -> {
                            // Disposed to a unit and waiting: no further step.
                        }
                    }
                } else {
                    status = Status.SELESAI;
                    steps.add(new Step(EventType.RESPONDED, officer, response(rnd, unitName), List.of(), hours(rnd, 6, 100)));
                    if (rnd.nextInt(3) == 0) {
                        steps.add(new Step(EventType.REPORTER_REPLIED, new WireActor(ActorKind.REPORTER, reporterName),
                                texts.replies.get(rnd.nextInt(texts.replies.size())), List.of(), hours(rnd, 4, 90)));
                    }
                    List<WireAttachment> proof = rnd.nextInt(3) == 0 ? List.of(documents.get(2)) : List.of();
                    steps.add(new Step(EventType.COMPLETED, officer, response(rnd, unitName), proof, hours(rnd, 24, 300)));
                }
            }
        }
        long tailHours = tailHours(rnd.nextInt(20 * 24));
        long total = steps.stream().mapToLong(Step::gapHours).sum() + tailHours;
        Instant at = anchor.minus(Duration.ofHours(total)).plus(Duration.ofMinutes(rnd.nextInt(60)));
        List<WireEvent> events = new ArrayList<>();
        Map<String, String> notes = new HashMap<>();
        Instant submittedAt = null;
        Instant disposedAt = null;
        Instant previous = Instant.MIN;
        for (Step step : steps) {
            at = at.plus(Duration.ofHours(step.gapHours())).plusSeconds(rnd.nextInt(3000));
            if (step.actor().kind() != ActorKind.REPORTER) {
                // Admins and officers work office hours (08:00-16:00 WIB); reporters write whenever.
                at = officeHours(at, rnd);
            }
            if (!at.isAfter(previous)) {
                at = previous.plusSeconds(300 + rnd.nextInt(1800));
            }
            previous = at;
            String eventId = chrono.nextId();
            events.add(new WireEvent(eventId, step.type(), at, step.actor(), step.text(), step.attachments()));
            if (step.type() == EventType.SUBMITTED) {
                submittedAt = at;
            }
            if (step.type() == EventType.DISPOSED) {
                disposedAt = at;
            }
            if (step.type() == EventType.NOTE) {
                notes.put(eventId, agency.id());
            }
        }
        LocalDate incidentDate = rnd.nextInt(5) == 0 ? null : LocalDate.ofInstant(submittedAt, WIB).minusDays(rnd.nextInt(10));
        WireComplaint wire = new WireComplaint(id, tracking, events.size(), title, body, template.classification(), anonymous,
                confidential, category, channel, status, submittedAt, disposedAt, incidentDate, location, disposedTo, unit,
                reporter, attachments, events);
        return new ComplaintRecord(wire, notes, wire.version());
    }

    /** Every attachment file the world refers to. */
    static List<SampleFiles.File> files() {
        List<SampleFiles.File> all = new ArrayList<>(SampleFiles.photos());
        all.addAll(SampleFiles.documents());
        return all;
    }

    private record Step(EventType type, WireActor actor, String text, List<WireAttachment> attachments, long gapHours) {
    }

    private static final class Chronology {
        private final String complaintId;
        private int next;

        Chronology(String complaintId, Random rnd) {
            this.complaintId = complaintId;
        }

        String nextId() {
            return complaintId.substring(0, 8) + "-e" + (++next);
        }
    }

    private static Instant officeHours(Instant at, Random rnd) {
        ZonedDateTime local = at.atZone(WIB);
        if (local.getHour() < 8) {
            return local.withHour(8).withMinute(rnd.nextInt(60)).toInstant();
        }
        if (local.getHour() >= 16) {
            return local.withHour(15).withMinute(rnd.nextInt(60)).toInstant();
        }
        return at;
    }

    private static WireActor admin() {
        return new WireActor(ActorKind.ADMIN, ADMIN_ACTOR);
    }

    /**
     * How long before the anchor the last step happened, from one uniform draw in [0, 480): within
     * four days for 65% of complaints, four to nine for 20%, nine to 21 for 15% — a desk with work
     * due and some of it late, not a wall of red. (One draw with the old bound keeps every later
     * random choice, so the world stays the same apart from its dates.)
     */
    static long tailHours(int draw) {
        if (draw < 312) {
            return 2 + draw * 94L / 312;
        }
        if (draw < 408) {
            return 96 + (draw - 312) * 120L / 96;
        }
        return 216 + (draw - 408) * 288L / 72;
    }

    private static long hours(Random rnd, int min, int max) {
        return min + rnd.nextInt(max - min + 1);
    }

    private String response(Random rnd, String unitName) {
        return texts.responses.get(rnd.nextInt(texts.responses.size())).replace("{unit}", unitName);
    }

    private static Catalog.Agency pickAgency(Random rnd, Catalog.Topic topic) {
        List<String> ids = topic.agencyIds();
        // The main agency gets most of its topics, so the demo officer has real work.
        if (ids.contains(Catalog.MAIN_AGENCY) && rnd.nextInt(100) < 55) {
            return Catalog.agency(Catalog.MAIN_AGENCY).orElseThrow();
        }
        return Catalog.agency(ids.get(rnd.nextInt(ids.size()))).orElseThrow();
    }

    private static Catalog.Province pickProvince(Random rnd) {
        // National institutions: half of their reports from West Java, the rest spread.
        if (rnd.nextBoolean()) {
            return Catalog.province(Catalog.MAIN_REGION).orElseThrow();
        }
        return Catalog.PROVINCES.get(rnd.nextInt(Catalog.PROVINCES.size()));
    }

    private static Catalog.Unit pickUnit(Random rnd, Catalog.Agency agency, Catalog.Topic topic) {
        List<Catalog.Unit> matching = agency.units().stream().filter(u -> u.topic().equals(topic.file())).toList();
        List<Catalog.Unit> pool = matching.isEmpty() ? agency.units() : matching;
        return pool.isEmpty() ? null : pool.get(rnd.nextInt(pool.size()));
    }

    private static Channel pickChannel(Random rnd) {
        int r = rnd.nextInt(100);
        if (r < 35) {
            return Channel.WEBSITE;
        } else if (r < 60) {
            return Channel.MOBILE_APP;
        } else if (r < 75) {
            return Channel.SMS_1708;
        } else if (r < 83) {
            return Channel.TWITTER;
        } else if (r < 93) {
            return Channel.INTEGRATED;
        }
        return Channel.WHATSAPP;
    }

    private static WireReporter reporter(Random rnd, Catalog.Province province) {
        String first = FIRST[rnd.nextInt(FIRST.length)];
        String last = LAST[rnd.nextInt(LAST.length)];
        String phone = "08" + (11 + rnd.nextInt(89)) + String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000));
        String email = rnd.nextInt(3) == 0 ? null
                : (first + "." + last + (rnd.nextInt(90) + 10) + "@contoh.id").toLowerCase(Locale.ROOT);
        String nik = rnd.nextInt(2) == 0 ? null
                : province.id() + String.format(Locale.ROOT, "%02d%02d%010d", 1 + rnd.nextInt(30), 1 + rnd.nextInt(30),
                        (long) (rnd.nextDouble() * 9_999_999_999L));
        return new WireReporter(first + " " + last, phone, email, nik);
    }

    private static String school(Random rnd, Catalog.Regency regency, String village) {
        String city = regency.name().replace("Kota ", "").replace("Kabupaten ", "");
        return switch (rnd.nextInt(3)) {
            case 0 -> "SD Negeri " + village + " " + (1 + rnd.nextInt(5));
            case 1 -> "SMP Negeri " + (1 + rnd.nextInt(50)) + " " + city;
            default -> "SMA Negeri " + (1 + rnd.nextInt(25)) + " " + city;
        };
    }

    private static String facility(Random rnd, Catalog.Regency regency, Catalog.District district) {
        String city = regency.name().replace("Kota ", "").replace("Kabupaten ", "");
        return switch (rnd.nextInt(3)) {
            case 0 -> "Puskesmas " + district.name();
            case 1 -> "RSUD Kota " + city;
            default -> "Klinik Pratama Sehat " + city;
        };
    }

    private static String fillIn(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
