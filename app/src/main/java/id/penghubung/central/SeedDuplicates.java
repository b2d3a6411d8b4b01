package id.penghubung.central;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Channel;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireLocation;
import id.penghubung.protocol.WireReporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Duplicate groups in the training world (issue 17): the same issue reported several times, through
 * different channels and in different words (website prose, SMS shorthand, a tweet), sometimes to
 * two institutions (the city and the province, the city and the ministry) and sometimes by the same
 * reporter twice. Within each seeding batch, each issue is reported at most once per place (a group
 * of 2–4 complaints, 3–8 for a social-aid payment), its members drawn from the batch's disposed
 * complaints of that topic and place. A member keeps its id, tracking ID, status and chronology, takes its group's issue (from
 * {@code /penghubung/seed/serupa.txt}), place and a variant of its words, and is moved to within
 * days of its group's first member. Deterministic in (seed, batch start) like the rest of the world.
 */
final class SeedDuplicates {
    /** One issue's wordings. */
    record Variant(Channel channel, String title, String body) {
    }

    record Issue(String topic, List<Variant> variants) {
    }

    /** The batch as seeded, and each member's group (complaint id → group key): the training world's answer key. */
    record Result(List<ComplaintRecord> records, Map<String, String> groupOf) {
    }

    static final int MEMBER_PERCENT = 13;
    private static final String HOME_CITY = "Kota Bandung";
    private static final String[] STREETS = {"Jalan Ahmad Yani", "Jalan Jenderal Sudirman", "Jalan Pahlawan", "Jalan Veteran"};
    private static final List<Issue> ISSUES = load();

    private final long seed;
    private final Instant anchor;

    SeedDuplicates(long seed, Instant now) {
        this.seed = seed;
        this.anchor = LocalDate.ofInstant(now, SeedWorld.WIB).atStartOfDay(SeedWorld.WIB).toInstant();
    }

    /** Regroups one seeding batch (complaints from index {@code from} on). */
    Result regroup(int from, List<ComplaintRecord> batch) {
        Random rnd = new Random(seed * 7_368_787L + from * 31L + 5);
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int k = 0; k < batch.size(); k++) {
            WireComplaint w = batch.get(k).wire();
            String topic = topic(w.category().id());
            if (w.agency() != null && topic != null && rnd.nextInt(100) < MEMBER_PERCENT) {
                byKey.computeIfAbsent(topic + "|" + home(w.agency().id()), x -> new ArrayList<>()).add(k);
            }
        }
        List<ComplaintRecord> out = new ArrayList<>(batch);
        Map<String, String> groupOf = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
            String topic = e.getKey().substring(0, e.getKey().indexOf('|'));
            String city = e.getKey().substring(e.getKey().indexOf('|') + 1);
            List<Issue> issues = ISSUES.stream().filter(i -> i.topic().equals(topic)).toList();
            List<Integer> members = e.getValue();
            int at = 0;
            int first = rnd.nextInt(issues.size());
            // Each issue once per place and batch: one broken bridge is one group, however many report it.
            for (int used = 0; used < issues.size() && at < members.size() - 1; used++) {
                int size = topic.equals("bansos") ? 3 + rnd.nextInt(6) : 2 + rnd.nextInt(3);
                List<Integer> group = members.subList(at, Math.min(members.size(), at + size));
                at += size;
                Issue issue = issues.get((first + used) % issues.size());
                String key = "dup-" + from + "-" + e.getKey() + "-" + at;
                Map<String, String> fill = place(rnd, city);
                int offset = rnd.nextInt(issue.variants().size());
                WireComplaint lead = batch.get(group.getFirst()).wire();
                for (int m = 0; m < group.size(); m++) {
                    ComplaintRecord base = batch.get(group.get(m));
                    Variant v = issue.variants().get((m + offset) % issue.variants().size());
                    WireReporter reporter = m > 0 && lead.reporter() != null && base.wire().reporter() != null
                            && rnd.nextInt(4) == 0 ? lead.reporter() : base.wire().reporter();
                    long days = m == 0 ? 0 : rnd.nextInt(8) - 2;
                    out.set(group.get(m), member(base, v, fill, reporter, lead.submittedAt().plus(Duration.ofDays(days))));
                    groupOf.put(base.id(), key);
                }
            }
        }
        return new Result(out, groupOf);
    }

    private ComplaintRecord member(ComplaintRecord base, Variant v, Map<String, String> fill, WireReporter reporter,
            Instant target) {
        WireComplaint w = base.wire();
        Instant last = w.events().stream().map(WireEvent::at).max(Instant::compareTo).orElse(w.submittedAt());
        long shiftDays = Duration.between(w.submittedAt(), target).toDays();
        // Later only as far as every event stays before today (the world's anchor).
        long room = Math.max(0, Duration.between(last, anchor).toDays() - 1);
        Duration shift = Duration.ofDays(Math.min(shiftDays, room));
        String oldName = w.reporter() == null ? null : w.reporter().name();
        List<WireEvent> events = w.events().stream().map(e -> new WireEvent(e.id(), e.type(), e.at().plus(shift),
                e.actor().kind() == ActorKind.REPORTER && oldName != null && reporter != null
                        ? new WireActor(ActorKind.REPORTER, reporter.name()) : e.actor(),
                e.text(), e.attachments())).toList();
        WireLocation where = new WireLocation(fill.get("provinceId"), fill.get("province"), fill.get("kota"),
                fill.get("kecamatan"), fill.get("desa"), fill.get("jalan"), null, null);
        WireComplaint moved = new WireComplaint(w.id(), w.trackingId(), w.version(), fillIn(v.title(), fill),
                fillIn(v.body(), fill), w.classification(), w.anonymous(), w.confidential(), w.category(), v.channel().name(),
                w.status(), w.submittedAt().plus(shift), w.disposedAt() == null ? null : w.disposedAt().plus(shift),
                w.incidentDate() == null ? null : w.incidentDate().plusDays(shift.toDays()), where, w.agency(), w.unit(),
                w.anonymous() ? null : reporter, w.attachments(), events);
        return new ComplaintRecord(moved, base.noteAgencies(), base.lastForeignVersion());
    }

    /** Where an institution's complaints of a group happen: its city; the province's and the national ones' in Bandung. */
    private static String home(String agencyId) {
        return Catalog.agency(agencyId).flatMap(Catalog.Agency::regency).orElse(HOME_CITY);
    }

    private static String topic(String categoryId) {
        return Catalog.TOPICS.stream().filter(t -> t.categoryId().equals(categoryId)).map(Catalog.Topic::file)
                .filter(f -> ISSUES.stream().anyMatch(i -> i.topic().equals(f))).findFirst().orElse(null);
    }

    private static Map<String, String> place(Random rnd, String city) {
        Catalog.Province province = Catalog.PROVINCES.stream()
                .filter(p -> p.regencies().stream().anyMatch(r -> r.name().equals(city))).findFirst().orElseThrow();
        Catalog.Regency regency = province.regencies().stream().filter(r -> r.name().equals(city)).findFirst().orElseThrow();
        Catalog.District district = regency.districts().get(rnd.nextInt(regency.districts().size()));
        String village = district.villages().get(rnd.nextInt(district.villages().size()));
        String short_ = city.replace("Kota ", "").replace("Kabupaten ", "");
        Map<String, String> fill = new HashMap<>();
        fill.put("provinceId", province.id());
        fill.put("province", province.name());
        fill.put("kota", city);
        fill.put("kecamatan", district.name());
        fill.put("desa", village);
        fill.put("jalan", STREETS[rnd.nextInt(STREETS.length)]);
        fill.put("sekolah", "SMP Negeri " + (1 + rnd.nextInt(50)) + " " + short_);
        fill.put("faskes", rnd.nextBoolean() ? "Puskesmas " + district.name() : "RSUD Kota " + short_);
        fill.put("nominal", String.format(Locale.ROOT, "%,d", (30 + rnd.nextInt(120)) * 10_000).replace(',', '.'));
        return fill;
    }

    private static String fillIn(String text, Map<String, String> fill) {
        String out = text;
        for (Map.Entry<String, String> e : fill.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    private static List<Issue> load() {
        try (InputStream in = SeedDuplicates.class.getResourceAsStream("/penghubung/seed/serupa.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing seed text /penghubung/seed/serupa.txt");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            List<Issue> issues = new ArrayList<>();
            for (String block : text.split("(?m)^---\\s*$")) {
                if (block.isBlank()) {
                    continue;
                }
                String[] parts = block.strip().split("(?m)^~~~\\s*$");
                String topic = null;
                List<Variant> variants = new ArrayList<>();
                for (String part : parts) {
                    List<String> lines = new ArrayList<>(List.of(part.strip().split("\n")));
                    if (lines.getFirst().startsWith("topik:")) {
                        topic = lines.removeFirst().substring("topik:".length()).strip();
                    }
                    Channel channel = Channel.valueOf(lines.removeFirst().substring("kanal:".length()).strip());
                    String title = lines.removeFirst().substring("judul:".length()).strip();
                    variants.add(new Variant(channel, title, String.join("\n", lines).strip()));
                }
                issues.add(new Issue(topic, List.copyOf(variants)));
            }
            return List.copyOf(issues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
