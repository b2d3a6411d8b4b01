package id.penghubung.central;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Channel;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireAttachment;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireLocation;
import id.penghubung.protocol.WireReporter;
import id.penghubung.protocol.WireUnit;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The complaints of {@link SeedRegions}' institutions over the year before the anchor day: each
 * institution's volume, its follow-ups on time (within a few days) or late (two to five weeks, or
 * still missing), completions on time or late. Deterministic in (seed, institution, number); the
 * rest of the world is untouched (other ids, tracking IDs from 5 200 000 on). The regions come with
 * a world of at least {@link #FULL_WORLD} complaints (the demo's 3 000, {@code central}'s default
 * 500); the small worlds of the tests stay exactly as they were.
 */
final class SeedRegionComplaints {
    static final int FULL_WORLD = 500;
    private static final long TRACKING_BASE = 5_200_000L;
    private static final String[] FIRST = {"Rusdi", "Aisyah", "Made", "Komang", "Yusuf", "Fauziah", "Ketut", "Rahmat", "Nining", "Syafri"};
    private static final String[] LAST = {"Effendi", "Putra", "Sari", "Wibowo", "Harahap", "Arifin", "Yulianti", "Saputra"};
    private static final String[] STREETS = {"Jalan Jenderal Sudirman", "Jalan Merdeka", "Jalan Ahmad Yani", "Jalan Diponegoro"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};
    private static final int YEAR_HOURS = 360 * 24;

    private final long seed;
    private final Instant anchor;
    private final SeedTexts texts = SeedTexts.get();

    SeedRegionComplaints(long seed, Instant now) {
        this.seed = seed;
        this.anchor = LocalDate.ofInstant(now, SeedWorld.WIB).atStartOfDay(SeedWorld.WIB).toInstant();
    }

    /** Seeds every region's complaints into the server's database (one call from the seeder). */
    static void insert(Connection c, CentralDatabase db, CentralConfig config) throws SQLException {
        if (config.complaints() < FULL_WORLD) {
            return;
        }
        AutoFinish autoFinish = new AutoFinish(config.clock().instant(), config.sla());
        ComplaintStore.insert(c, new SeedRegionComplaints(config.seed(), config.clock().instant()).all().stream()
                .map(autoFinish::apply).toList(), db);
    }

    List<ComplaintRecord> all() {
        List<ComplaintRecord> out = new ArrayList<>();
        int number = 0;
        for (SeedRegions.Institution inst : SeedRegions.INSTITUTIONS) {
            for (int k = 0; k < inst.volume(); k++) {
                out.add(complaint(inst, k, number++));
            }
        }
        return out;
    }

    ComplaintRecord complaint(SeedRegions.Institution inst, int k, int number) {
        Catalog.Agency agency = inst.agency();
        // Mixed first: java.util.Random's first draws from consecutive seeds are nearly equal (every
        // complaint of an institution would get the same unit and category).
        Random rnd = new Random(new SplittableRandom(seed * 4_000_037L + agency.id().hashCode() * 131L + k).nextLong());
        Catalog.Unit unitOf = agency.units().get(rnd.nextInt(agency.units().size()));
        String topic = unitOf.topic();
        Catalog.Province province = SeedRegions.places(agency.provinceId());
        Catalog.Regency regency = agency.regency()
                .flatMap(name -> province.regencies().stream().filter(r -> r.name().equals(name)).findFirst())
                .orElseGet(() -> province.regencies().get(rnd.nextInt(province.regencies().size())));
        Catalog.District district = regency.districts().get(rnd.nextInt(regency.districts().size()));
        String village = district.villages().get(rnd.nextInt(district.villages().size()));
        String street = STREETS[rnd.nextInt(STREETS.length)];
        List<SeedTexts.Template> templates = texts.byTopic.get(topic);
        SeedTexts.Template template = templates.get(rnd.nextInt(templates.size()));
        Map<String, String> fill = Map.of("desa", village, "kecamatan", district.name(), "kota", regency.name(), "jalan", street,
                "hari", Integer.toString(3 + rnd.nextInt(25)), "bulan", MONTHS[rnd.nextInt(MONTHS.length)],
                "nominal", String.format(Locale.ROOT, "%,d", (5 + rnd.nextInt(100)) * 10_000).replace(',', '.'),
                "nomor", Integer.toString(1 + rnd.nextInt(40)),
                "sekolah", "SMP Negeri " + (1 + rnd.nextInt(9)) + " " + shortName(regency),
                "faskes", "Puskesmas " + district.name());
        String id = UUID.nameUUIDFromBytes(("penghubung-region:" + seed + ":" + agency.id() + ":" + k)
                .getBytes(StandardCharsets.UTF_8)).toString();
        boolean anonymous = rnd.nextInt(100) < 10;
        String first = FIRST[rnd.nextInt(FIRST.length)];
        String last = LAST[rnd.nextInt(LAST.length)];
        WireReporter reporter = anonymous ? null : new WireReporter(first + " " + last,
                "08" + (11 + rnd.nextInt(89)) + String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000)), null, null);
        String reporterName = anonymous ? SeedWorld.REPORTER_ANONYMOUS : reporter.name();
        WireActor admin = new WireActor(ActorKind.ADMIN, SeedWorld.ADMIN_ACTOR);
        WireActor officer = new WireActor(ActorKind.OFFICER, "Penghubung " + agency.name());

        // Forward from the submission (spread over the year); steps after the anchor have not happened yet.
        Instant limit = anchor.minus(Duration.ofHours(1));
        Instant at = anchor.minus(Duration.ofHours(2 + rnd.nextInt(YEAR_HOURS)));
        List<WireEvent> events = new ArrayList<>();
        int[] seq = {0};
        events.add(event(id, seq, EventType.SUBMITTED, at, new WireActor(ActorKind.REPORTER, reporterName), ""));
        Status status = Status.BELUM_TERVERIFIKASI;
        Instant disposedAt = null;
        WireUnit unit = null;
        boolean onTime = rnd.nextInt(100) < inst.onTimePercent();
        boolean completes = rnd.nextInt(100) < inst.completePercent();
        boolean completesOnTime = rnd.nextInt(100) < (inst.onTimePercent() + 100) / 2;
        int path = rnd.nextInt(100);
        List<Step> plan = new ArrayList<>();
        plan.add(new Step(EventType.VERIFIED, admin, "", 2 + rnd.nextInt(40)));
        plan.add(new Step(EventType.DISPOSED, admin, agency.name(), rnd.nextInt(3)));
        if (path < 4) {
            plan.set(1, new Step(EventType.ARCHIVED, admin, "Laporan tidak relevan dengan pelayanan publik.", 0));
        } else {
            boolean toUnit = rnd.nextInt(100) < 70;
            long followUp = onTime ? 4 + rnd.nextInt(70) : 14 * 24 + rnd.nextInt(24 * 24);
            if (toUnit) {
                long first1 = 1 + rnd.nextInt((int) Math.min(followUp - 1, 30));
                plan.add(new Step(EventType.DISPOSED_TO_UNIT, officer, "Mohon segera ditindaklanjuti dan dilaporkan hasilnya.", first1));
                followUp -= first1;
            }
            String unitName = toUnit ? unitOf.name() : agency.name();
            if (path < 10) {
                plan.add(new Step(EventType.NOT_AUTHORIZED, officer,
                        "Lokasi kejadian berada di luar wilayah administrasi kami.", followUp));
            } else if (path < 18) {
                plan.add(new Step(EventType.INFO_REQUESTED, officer,
                        "Mohon informasikan tanggal dan jam kejadian secara lebih rinci.", followUp));
            } else {
                plan.add(new Step(EventType.RESPONDED, officer, response(rnd, unitName), followUp));
                if (completes) {
                    long gap = completesOnTime ? 24 + rnd.nextInt(40 * 24) : 62 * 24 + rnd.nextInt(40 * 24);
                    plan.add(new Step(EventType.COMPLETED, officer, response(rnd, unitName), gap));
                }
            }
            if (toUnit) {
                unit = unitOf.wire();
            }
        }
        for (Step step : plan) {
            Instant next = officeHours(at.plus(Duration.ofHours(step.gapHours())).plusSeconds(300 + rnd.nextInt(3000)), rnd);
            if (!next.isAfter(at)) {
                next = at.plusSeconds(300 + rnd.nextInt(1800));
            }
            if (next.isAfter(limit)) {
                break;
            }
            at = next;
            events.add(event(id, seq, step.type(), at, step.actor(), step.text()));
            status = switch (step.type()) {
                case VERIFIED -> Status.BELUM_TERVERIFIKASI;
                case ARCHIVED -> Status.ARSIP;
                case DISPOSED -> Status.BELUM_DITINDAKLANJUTI;
                case COMPLETED -> Status.SELESAI;
                default -> Status.PROSES;
            };
            if (step.type() == EventType.DISPOSED) {
                disposedAt = at;
            }
        }
        if (status == Status.BELUM_TERVERIFIKASI && events.size() > 1) {
            events.subList(1, events.size()).clear(); // verified but not yet disposed: still at LAPOR!
        }
        boolean disposed = disposedAt != null;
        WireUnit unitNow = disposed && events.stream().anyMatch(e -> e.type().equals(EventType.DISPOSED_TO_UNIT.name())) ? unit : null;
        Instant submittedAt = events.get(0).at();
        WireLocation location = new WireLocation(province.id(), province.name(), regency.name(), district.name(), village, street,
                null, null);
        WireComplaint wire = new WireComplaint(id, Long.toString(TRACKING_BASE + number), events.size(), fillIn(template.title(), fill),
                fillIn(template.body(), fill), template.classification(), anonymous, false,
                Catalog.category(Catalog.TOPICS.stream().filter(t -> t.file().equals(topic)).findFirst().orElseThrow().categoryId())
                        .orElseThrow(),
                rnd.nextBoolean() ? Channel.WEBSITE : Channel.MOBILE_APP, status, submittedAt, disposedAt,
                LocalDate.ofInstant(submittedAt, SeedWorld.WIB).minusDays(rnd.nextInt(5)), location,
                disposed ? agency.wire() : null, unitNow, reporter, List.<WireAttachment>of(), events);
        return new ComplaintRecord(wire, Map.of(), wire.version());
    }

    private record Step(EventType type, WireActor actor, String text, long gapHours) {
    }

    private static WireEvent event(String complaintId, int[] seq, EventType type, Instant at, WireActor actor, String text) {
        return new WireEvent(complaintId.substring(0, 8) + "-e" + (++seq[0]), type, at, actor, text, List.of());
    }

    private String response(Random rnd, String unitName) {
        return texts.responses.get(rnd.nextInt(texts.responses.size())).replace("{unit}", unitName);
    }

    private static Instant officeHours(Instant at, Random rnd) {
        ZonedDateTime local = at.atZone(SeedWorld.WIB);
        if (local.getHour() < 8) {
            return local.withHour(8).withMinute(rnd.nextInt(60)).toInstant();
        }
        if (local.getHour() >= 16) {
            return local.withHour(15).withMinute(rnd.nextInt(60)).toInstant();
        }
        return at;
    }

    private static String shortName(Catalog.Regency regency) {
        return regency.name().replace("Kota ", "").replace("Kabupaten ", "");
    }

    private static String fillIn(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }
}
