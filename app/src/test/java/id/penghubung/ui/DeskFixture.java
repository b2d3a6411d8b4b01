package id.penghubung.ui;

import id.penghubung.model.Role;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.store.CaseStore;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.ui.action.ActionReference;
import id.penghubung.ui.action.TemplateOption;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.detail.AttachmentAccess;
import id.penghubung.ui.sync.SyncControl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Test utility: a case store filled with synthetic complaints, and a desk opener for it (agency ag-1). */
public final class DeskFixture {
    /** A working day inside the synthetic world's two years, so deadlines are mixed (not all red). */
    public static final Instant NOW = Instant.parse("2026-01-07T03:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final long SEED = 7;

    private DeskFixture() {
    }

    /** Creates {@code storeFile} with complaints 0..n-1 (real deadline index), and closes it. */
    public static void fill(Path storeFile, int n) {
        SyntheticComplaints world = new SyntheticComplaints(SEED);
        try (CaseStore store = CaseStore.open(storeFile, Desk.deadlineIndex(CLOCK), CLOCK)) {
            for (int from = 0; from < n; from += 2_000) {
                store.applyPage(world.page(from, Math.min(2_000, n - from)), List.of(), "c" + (from + 2_000));
            }
        }
    }

    /** A word found in no synthetic complaint, put into the body of {@link #MARKED}. */
    public static final String RARE_WORD = "kerangkengbesi";

    /** The complaint whose body carries {@link #RARE_WORD}. */
    public static final int MARKED = 11;

    /** Adds {@link #RARE_WORD} to complaint {@link #MARKED}'s body. */
    public static void mark(Path storeFile) {
        id.penghubung.model.Complaint c = new SyntheticComplaints(SEED).complaint(MARKED);
        id.penghubung.model.Complaint marked = new id.penghubung.model.Complaint(c.id(), c.trackingId(), c.version(),
                c.title(), c.body() + " Di dekat pasar ada " + RARE_WORD + " yang roboh.", c.classification(),
                c.anonymous(), c.confidential(), c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(),
                c.incidentDate(), c.location(), c.agency(), c.unit(), c.reporter(), c.attachments(), c.events());
        try (CaseStore store = CaseStore.open(storeFile, Desk.deadlineIndex(CLOCK), CLOCK)) {
            store.applyComplaints(List.of(marked));
        }
    }

    /** The first complaint among 0..n-1 of agency ag-1 waiting for a first follow-up (RESPOND is allowed). */
    public static id.penghubung.model.Complaint actionable(int n) {
        SyntheticComplaints world = new SyntheticComplaints(SEED);
        for (int i = 0; i < n; i++) {
            id.penghubung.model.Complaint c = world.complaint(i);
            if (c.agency().map(a -> a.id().equals("ag-1")).orElse(false)
                    && c.status() == id.penghubung.model.Status.BELUM_DITINDAKLANJUTI) {
                return c;
            }
        }
        throw new IllegalStateException("no actionable complaint");
    }

    /** The officer of ag-1 (Pemerintah Kota Bandung) with its twelve units and three templates (one per kind of action). */
    public static Desk.Parts parts(Path storeFile) {
        CaseStore store = CaseStore.open(storeFile, Desk.deadlineIndex(CLOCK), CLOCK);
        ActingAccount account = new ActingAccount("u-penghubung", "Penghubung Bandung", Role.OFFICER, Optional.of("ag-1"));
        ActionReference reference = ActionReference.of(
                IntStream.range(0, 12).mapToObj(SyntheticComplaints::unit).toList(),
                List.of(new id.penghubung.model.AgencyRef("ag-2", "Kementerian Kesehatan")),
                List.of(new TemplateOption("t1", "Diterima",
                        "Terima kasih. Laporan {trackingId} \"{title}\" sedang ditangani oleh {unitName}."),
                        new TemplateOption("t2", "Bukan kewenangan instansi",
                                "Laporan {trackingId} bukan kewenangan instansi kami.",
                                List.of(id.penghubung.model.ActionType.NOT_AUTHORIZED)),
                        new TemplateOption("t3", "Permintaan keterangan tambahan",
                                "Mohon lengkapi keterangan laporan {trackingId}.",
                                List.of(id.penghubung.model.ActionType.REQUEST_INFO))));
        return new Desk.Parts(account, store, true, SyncControl.offline(), reference, AttachmentAccess.none());
    }

    /** The Ombudsman office of the region over the same store: reads every institution's complaints, acts on none. */
    public static Desk.Parts ombudsmanParts(Path storeFile) {
        CaseStore store = CaseStore.open(storeFile, Desk.deadlineIndex(CLOCK), CLOCK);
        ActingAccount account = new ActingAccount("u-ombudsman", "Ombudsman RI Perwakilan Jawa Barat", Role.OMBUDSMAN,
                Optional.empty());
        return new Desk.Parts(account, store, true, SyncControl.offline(), ActionReference.of(List.of(), List.of(),
                List.of()), AttachmentAccess.none());
    }
}
