package id.penghubung.central;

import id.penghubung.model.ActorKind;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireAgency;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireRedirect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Redirects in the training world (issue 22): a few complaints of the demo officer's agency, answered
 * "bukan wewenang" and redirected by the admin to the province, so the desk's "Dialihkan" view has
 * something to show. Added after the seeded world (numbers past its count), only in worlds of
 * {@link #MIN_WORLD} complaints or more, so the small test worlds stay exactly as they were.
 */
final class SeedRedirects {
    static final int MIN_WORLD = 500;
    static final int COUNT = 3;
    private static final String FROM = "pemkot-bandung";
    private static final WireAgency TO = new WireAgency("pemprov-jabar", "Pemerintah Provinsi Jawa Barat");
    private static final String[] REASONS = {"Ruas jalan provinsi: kewenangan Pemerintah Provinsi Jawa Barat.",
        "Sekolah menengah atas dikelola provinsi.", "Perizinan lintas kabupaten/kota ditangani provinsi."};

    private SeedRedirects() {
    }

    static void seed(Connection c, CentralDatabase db, SeedWorld world, int complaints, Instant now) throws SQLException {
        if (complaints < MIN_WORLD) {
            return;
        }
        int found = 0;
        for (int index = complaints + 10_000; found < COUNT && index < complaints + 15_000; index++) {
            WireComplaint w = world.complaint(index).wire();
            if (w.agency() == null || !w.agency().id().equals(FROM) || w.events().isEmpty()
                    || !(w.knownStatus() == Status.BELUM_DITINDAKLANJUTI || w.knownStatus() == Status.PROSES)) {
                continue;
            }
            String reason = REASONS[found % REASONS.length];
            Instant last = w.events().get(w.events().size() - 1).at();
            Instant answered = last.plus(Duration.ofHours(2));
            if (!answered.isBefore(now.minus(Duration.ofHours(1)))) {
                answered = last.plus(Duration.ofMinutes(10));
            }
            Instant redirected = answered.plus(Duration.ofMinutes(20));
            List<WireEvent> events = new ArrayList<>(w.events());
            events.add(new WireEvent(w.id() + "-na", EventType.NOT_AUTHORIZED.name(), answered,
                    new WireActor(ActorKind.OFFICER, "Penghubung Pemerintah Kota Bandung"), reason, List.of()));
            events.add(new WireEvent(w.id() + "-rd", EventType.REDIRECTED.name(), redirected,
                    new WireActor(ActorKind.ADMIN, SeedWorld.ADMIN_ACTOR), TO.name() + ": " + reason, List.of()));
            WireComplaint moved = new WireComplaint(w.id(), w.trackingId(), w.version() + 2, w.title(), w.body(), w.classification(),
                    w.anonymous(), w.confidential(), w.category(), w.channel(), Status.BELUM_DITINDAKLANJUTI.name(), w.submittedAt(),
                    redirected, w.incidentDate(), w.location(), TO, null, w.reporter(), w.attachments(), events);
            ComplaintStore.insert(c, List.of(new ComplaintRecord(moved, Map.of(), moved.version())), db);
            ComplaintStore.insertRemoval(c, moved.id(), FROM, RedirectCopies.lastCopy(c, moved, FROM,
                    new WireRedirect(TO, redirected, reason)), db);
            found++;
        }
    }
}
