package id.penghubung.central;

import id.penghubung.model.ActorKind;
import id.penghubung.model.Classification;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The LAPOR! rules in the training world (issue 22): a held complaint (TUNDA), one held and resumed,
 * a reopened one, a WBS report (confidential), an extended Permintaan Informasi and two tiered
 * complaints, all for Pemerintah Kota Bandung (the demo's officer). They are new complaints after the
 * seeded ones (indices from {@code complaints} up), so every existing seeded complaint stays as it
 * was; worlds under {@link #MIN_WORLD} complaints (small test worlds) get none.
 */
final class SeedRules {
    static final int MIN_WORLD = 100;
    static final String AGENCY = "pemkot-bandung";
    private static final int SEARCH = 2_000;

    private final SeedWorld world;
    private final Instant now;
    private final Set<Integer> used = new HashSet<>();

    SeedRules(SeedWorld world, Instant now) {
        this.world = world;
        this.now = now;
    }

    /** The rule complaints of a world of {@code complaints} seeded complaints; none for a small world. */
    List<ComplaintRecord> records(int complaints) {
        List<ComplaintRecord> out = new ArrayList<>();
        if (complaints < MIN_WORLD) {
            return out;
        }
        add(out, complaints, Status.BELUM_DITINDAKLANJUTI, w -> held(w, "Menunggu kelengkapan bukti dari pelapor sebelum ditindaklanjuti."));
        add(out, complaints, Status.PROSES, w -> resumed(held(w, "Klarifikasi lokasi kejadian oleh admin."), "Lokasi sudah jelas."));
        add(out, complaints, Status.SELESAI, SeedRules::reopened);
        add(out, complaints, Status.PROSES, w -> with(w, Classification.WBS.name(), true, w.knownStatus(), w.events()));
        add(out, complaints, Status.PROSES, w -> officer(with(w, Classification.PERMINTAAN_INFORMASI.name(), w.confidential(),
                w.knownStatus(), w.events()), EventType.EXTENDED, "Data diminta dari tiga perangkat daerah; perlu waktu pengumpulan."));
        add(out, complaints, Status.BELUM_DITINDAKLANJUTI, w -> officer(w, EventType.TIER_SET, CompletionTier.INFORMATION.name()));
        add(out, complaints, Status.PROSES, w -> officer(w, EventType.TIER_SET, CompletionTier.NO_FIELD_INSPECTION.name()));
        return out;
    }

    private void add(List<ComplaintRecord> out, int from, Status status, UnaryOperator<WireComplaint> change) {
        Predicate<WireComplaint> fits = w -> w.knownStatus() == status && w.agency() != null && w.agency().id().equals(AGENCY)
                && w.knownClassification() == Classification.PENGADUAN
                && (status != Status.SELESAI || w.events().getLast().actor().kind() == ActorKind.OFFICER);
        for (int i = from; i < from + SEARCH; i++) {
            if (used.contains(i)) {
                continue;
            }
            ComplaintRecord r = world.complaint(i);
            if (fits.test(r.wire())) {
                used.add(i);
                WireComplaint next = change.apply(r.wire());
                out.add(new ComplaintRecord(next, r.noteAgencies(), next.version()));
                return;
            }
        }
    }

    /** Halfway between the last event and now: the rule event happened recently. */
    private Instant after(WireComplaint w) {
        Instant last = w.events().getLast().at();
        Instant at = last.plus(Duration.between(last, now).dividedBy(2));
        return at.isAfter(last) ? at : last.plusSeconds(60);
    }

    private WireComplaint held(WireComplaint w, String reason) {
        return append(w, w.knownStatus() == Status.PROSES ? Status.PROSES : Status.TUNDA,
                new WireEvent(w.id() + "-held", EventType.HELD, after(w), admin(), reason, List.of()));
    }

    private WireComplaint resumed(WireComplaint w, String reason) {
        return append(w, Status.PROSES, new WireEvent(w.id() + "-resumed", EventType.RESUMED, after(w), admin(), reason, List.of()));
    }

    private static WireComplaint reopened(WireComplaint w) {
        Instant last = w.events().getLast().at();
        Instant reply = last.plus(Duration.ofDays(2));
        String name = w.anonymous() ? SeedWorld.REPORTER_ANONYMOUS : w.reporter().name();
        WireComplaint replied = append(w, Status.PROSES, new WireEvent(w.id() + "-reply", EventType.REPORTER_REPLIED, reply,
                new WireActor(ActorKind.REPORTER, name), "Sampai hari ini masalahnya belum selesai, mohon dicek kembali.", List.of()));
        return append(replied, Status.PROSES, new WireEvent(w.id() + "-reopened", EventType.REOPENED, reply.plusMillis(1),
                new WireActor(ActorKind.SYSTEM, "LAPOR!"), "", List.of()));
    }

    private WireComplaint officer(WireComplaint w, EventType type, String text) {
        WireActor officer = new WireActor(ActorKind.OFFICER, "Penghubung " + w.agency().name());
        return append(w, w.knownStatus(), new WireEvent(w.id() + "-" + type.name().toLowerCase(Locale.ROOT), type, after(w),
                officer, text, List.of()));
    }

    private static WireActor admin() {
        return new WireActor(ActorKind.ADMIN, SeedWorld.ADMIN_ACTOR);
    }

    private static WireComplaint append(WireComplaint w, Status status, WireEvent event) {
        List<WireEvent> events = new ArrayList<>(w.events());
        events.add(event);
        return with(w, w.classification(), w.confidential(), status, events);
    }

    private static WireComplaint with(WireComplaint w, String classification, boolean confidential, Status status, List<WireEvent> events) {
        return new WireComplaint(w.id(), w.trackingId(), events.size(), w.title(), w.body(), classification, w.anonymous(),
                confidential, w.category(), w.channel(), status.name(), w.submittedAt(), w.disposedAt(), w.incidentDate(),
                w.location(), w.agency(), w.unit(), w.reporter(), w.attachments(), events);
    }
}
