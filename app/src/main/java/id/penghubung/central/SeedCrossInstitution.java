package id.penghubung.central;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Channel;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireAgency;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireLocation;
import id.penghubung.protocol.WireReporter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For the Ombudsman desk (issue 17): the same issue filed with several institutions of the region,
 * each answering in its own way, and one complaint bounced between the city and the province (a
 * redirect loop: Pemkot Bandung → Pemprov Jawa Barat → Pemkot Bandung, ten working days lost when
 * today is 30 November 2026). Added after the world's complaints (ids and tracking IDs past the
 * world's last), only in worlds of {@link #MIN_WORLD} complaints or more — the demo and the default
 * server —, so small test worlds keep their exact counts. Dates are relative to today's start (WIB).
 */
final class SeedCrossInstitution {
    static final int MIN_WORLD = 1_000;

    private final long seed;
    private final Instant anchor;

    SeedCrossInstitution(long seed, Instant now) {
        this.seed = seed;
        this.anchor = LocalDate.ofInstant(now, SeedWorld.WIB).atStartOfDay(SeedWorld.WIB).toInstant();
    }

    /** The extra complaints for a world of {@code worldSize} (none below {@link #MIN_WORLD}). */
    List<ComplaintRecord> records(int worldSize) {
        if (worldSize < MIN_WORLD) {
            return List.of();
        }
        List<ComplaintRecord> out = new ArrayList<>();
        Builder b = new Builder(worldSize);
        String levyTitle = "Pungutan uang seragam dan gedung saat daftar ulang di SMAN 9 Bandung";
        out.add(b.complaint("pemkot-bandung", Channel.WEBSITE, levyTitle,
                "Saat daftar ulang anak saya di SMAN 9 Bandung kami diminta membayar uang seragam dan uang gedung Rp3.500.000. "
                        + "Bukankah sekolah negeri dilarang memungut biaya seperti ini?", "pendidikan.ppdb", "Sukajadi", "Pasteur", 9,
                Status.PROSES, List.of(step(EventType.RESPONDED, 7,
                        "Pengelolaan SMA merupakan kewenangan Pemerintah Provinsi Jawa Barat; laporan ini kami teruskan ke Dinas Pendidikan Provinsi."))));
        out.add(b.complaint("pemprov-jabar", Channel.TWITTER, "Pungutan seragam & uang gedung daftar ulang SMAN 9 Bandung",
                "@lapor1708 daftar ulang SMAN 9 Bandung disuruh bayar seragam + uang gedung 3,5jt. sekolah negeri kok pungutan? mohon ditindak",
                "pendidikan.ppdb", "Sukajadi", "Pasteur", 8, Status.SELESAI, List.of(
                        step(EventType.RESPONDED, 6, "Kantor Cabang Dinas Pendidikan Wilayah VII memanggil kepala sekolah."),
                        step(EventType.COMPLETED, 3,
                                "Pungutan dihentikan; uang yang telah dibayar dikembalikan kepada orang tua melalui komite sekolah."))));
        String poleTitle = "Tiang listrik miring hampir roboh di depan SDN Sukaluyu";
        out.add(b.complaint("pln", Channel.SMS_1708, poleTitle,
                "tiang listrik depan SDN Sukaluyu miring hampir roboh, kabel menjuntai dekat anak sekolah. mohon segera",
                "utilitas.listrik", "Cibeunying Kaler", "Sukaluyu", 5, Status.PROSES,
                List.of(step(EventType.RESPONDED, 3, "Petugas UP3 Bandung dijadwalkan memeriksa dan menegakkan tiang pekan ini."))));
        out.add(b.complaint("pemkot-bandung", Channel.WEBSITE, "Tiang listrik miring di depan SDN Sukaluyu membahayakan murid",
                "Tiang listrik di depan SDN Sukaluyu sudah miring dan hampir roboh sejak hujan deras. Kabelnya menjuntai rendah "
                        + "di jalur murid pulang sekolah.", "utilitas.listrik", "Cibeunying Kaler", "Sukaluyu", 4,
                Status.BELUM_DITINDAKLANJUTI, List.of()));
        out.add(b.complaint("pemprov-jabar", Channel.MOBILE_APP, "Tiang listrik hampir roboh depan SDN Sukaluyu",
                "Mohon tiang listrik yang miring hampir roboh di depan SDN Sukaluyu segera ditangani sebelum menimpa murid.",
                "utilitas.listrik", "Cibeunying Kaler", "Sukaluyu", 4, Status.PROSES, List.of(step(EventType.RESPONDED, 2,
                        "Tiang listrik milik PT PLN (Persero); laporan sudah kami sampaikan ke PLN UP3 Bandung."))));
        out.add(b.loop());
        return out;
    }

    private record Step(EventType type, int daysAgo, String text) {
    }

    private static Step step(EventType type, int daysAgo, String text) {
        return new Step(type, daysAgo, text);
    }

    private final class Builder {
        private int index;

        Builder(int worldSize) {
            this.index = worldSize + 20_000; // clear of the other seeders, which take world indexes from worldSize on
        }

        private Instant day(int daysAgo, int hour) {
            return anchor.minus(Duration.ofDays(daysAgo)).plus(Duration.ofHours(hour));
        }

        ComplaintRecord complaint(String agencyId, Channel channel, String title, String body, String category, String district,
                String village, int daysAgo, Status status, List<Step> steps) {
            Catalog.Agency agency = Catalog.agency(agencyId).orElseThrow();
            String id = SeedWorld.complaintId(seed, index);
            List<WireEvent> events = new ArrayList<>();
            Instant submitted = day(daysAgo + 2, 8);
            events.add(new WireEvent(id + "-x1", EventType.SUBMITTED, submitted, new WireActor(ActorKind.REPORTER, "Pelapor"), "", List.of()));
            events.add(new WireEvent(id + "-x2", EventType.VERIFIED, day(daysAgo, 9), admin(), "", List.of()));
            events.add(new WireEvent(id + "-x3", EventType.DISPOSED, day(daysAgo, 10), admin(), agency.name(), List.of()));
            WireActor officer = new WireActor(ActorKind.OFFICER, "Penghubung " + agency.name());
            int n = 4;
            for (Step s : steps) {
                events.add(new WireEvent(id + "-x" + n++, s.type(), day(s.daysAgo(), 14), officer, s.text(), List.of()));
            }
            return record(id, agency.wire(), channel, title, body, category, district, village, status, submitted, day(daysAgo, 10), events);
        }

        /** A pothole on a provincial road, passed from the city to the province and back. */
        ComplaintRecord loop() {
            Catalog.Agency city = Catalog.agency("pemkot-bandung").orElseThrow();
            Catalog.Agency province = Catalog.agency("pemprov-jabar").orElseThrow();
            String id = SeedWorld.complaintId(seed, index);
            Instant submitted = day(22, 8);
            List<WireEvent> events = new ArrayList<>(List.of(
                    new WireEvent(id + "-x1", EventType.SUBMITTED, submitted, new WireActor(ActorKind.REPORTER, "Pelapor"), "", List.of()),
                    new WireEvent(id + "-x2", EventType.VERIFIED, day(20, 8), admin(), "", List.of()),
                    new WireEvent(id + "-x3", EventType.DISPOSED, day(20, 9), admin(), city.name(), List.of()),
                    new WireEvent(id + "-x4", EventType.NOT_AUTHORIZED, day(18, 10), new WireActor(ActorKind.OFFICER, "Penghubung " + city.name()),
                            "Jalan Soekarno-Hatta ruas provinsi, kewenangan Pemerintah Provinsi Jawa Barat.", List.of()),
                    new WireEvent(id + "-x5", EventType.REDIRECTED, day(13, 9), admin(),
                            province.name() + ": Ruas jalan provinsi menurut penghubung kota.", List.of()),
                    new WireEvent(id + "-x6", EventType.NOT_AUTHORIZED, day(11, 10), new WireActor(ActorKind.OFFICER, "Penghubung " + province.name()),
                            "Titik lubang berada di jalur lambat yang dipelihara Pemerintah Kota Bandung.", List.of()),
                    new WireEvent(id + "-x7", EventType.REDIRECTED, day(6, 9), admin(),
                            city.name() + ": Jalur lambat dipelihara kota menurut penghubung provinsi.", List.of())));
            return record(id, city.wire(), Channel.WEBSITE, "Lubang besar di jalur lambat Jalan Soekarno-Hatta depan Pasar Induk Gedebage",
                    "Ada lubang besar di jalur lambat Jalan Soekarno-Hatta depan Pasar Induk Gedebage, sudah dua pengendara motor jatuh.",
                    "pu.jalan", "Gedebage", "Rancanumpang", Status.BELUM_DITINDAKLANJUTI, submitted, day(6, 9), events);
        }

        private ComplaintRecord record(String id, WireAgency agency, Channel channel, String title, String body, String category,
                String district, String village, Status status, Instant submitted, Instant disposed, List<WireEvent> events) {
            String tracking = Long.toString(3_100_000L + index * 3L);
            index++;
            WireLocation location = new WireLocation("32", "Jawa Barat", "Kota Bandung", district, village, "", null, null);
            WireComplaint w = new WireComplaint(id, tracking, events.size(), title, body, "PENGADUAN", false, false,
                    Catalog.category(category).orElseThrow(), channel.name(), status.name(), submitted, disposed,
                    LocalDate.ofInstant(submitted, SeedWorld.WIB).minusDays(1), location, agency, null,
                    new WireReporter("Pelapor " + tracking, null, null, null), List.of(), events);
            return new ComplaintRecord(w, Map.of(), 0);
        }
    }

    private static WireActor admin() {
        return new WireActor(ActorKind.ADMIN, SeedWorld.ADMIN_ACTOR);
    }
}
