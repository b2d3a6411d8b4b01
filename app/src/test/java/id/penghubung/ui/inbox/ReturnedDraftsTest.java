package id.penghubung.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.model.Complaint;
import id.penghubung.model.Reviews;
import id.penghubung.model.action.Respond;
import id.penghubung.model.action.ReturnDraft;
import id.penghubung.model.action.SubmitReview;
import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.crypto.Kdf;
import id.penghubung.sync.Session;
import id.penghubung.sync.SignInResult;
import id.penghubung.sync.SignInService;
import id.penghubung.sync.SyncEngine;
import id.penghubung.sync.SyncListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Dikembalikan" is the signed-in officer's own (issue 20): two officers of Pemkot Bandung each
 * submit a follow-up for review, the supervisor returns both, and each officer's desk lists only the
 * draft returned to them, with a count to match; the supervisor's lists neither. Real training server
 * over loopback HTTP, real caches.
 */
class ReturnedDraftsTest {
    @TempDir
    Path data;

    @Test
    void eachOfficerSeesOnlyTheDraftReturnedToThem() throws Exception {
        CentralConfig config = CentralConfig.forTests(30).withReviewedAgencies(Set.of(CentralConfig.REVIEWED_AGENCY));
        try (CentralServer server = CentralServer.start(config);
                Session first = session(server, "first", "penghubung");
                Session second = session(server, "second", "penghubung.bandung2");
                Session atasan = session(server, "atasan", "atasan")) {
            first.engine().sync(SyncListener.NONE);
            second.engine().sync(SyncListener.NONE);
            List<Complaint> open = openComplaints(first.store());
            Complaint a = open.get(0);
            Complaint b = second.store().complaint(open.get(1).id()).orElseThrow();
            first.store().enqueue(a.id(), a.version(), SubmitReview.of(new Respond("Jawaban petugas pertama.", List.of())));
            second.store().enqueue(b.id(), b.version(), SubmitReview.of(new Respond("Jawaban petugas kedua.", List.of())));
            first.engine().sync(SyncListener.NONE);
            second.engine().sync(SyncListener.NONE);

            atasan.engine().sync(SyncListener.NONE);
            for (Complaint c : List.of(a, b)) {
                Complaint waiting = atasan.store().complaint(c.id()).orElseThrow();
                atasan.store().enqueue(c.id(), waiting.version(),
                        new ReturnDraft(Reviews.waiting(waiting).orElseThrow().id(), "Lengkapi tanggalnya."));
            }
            atasan.engine().sync(SyncListener.NONE);
            first.engine().sync(SyncListener.NONE);
            second.engine().sync(SyncListener.NONE);

            assertThat(returned(first)).containsExactly(a.id());
            assertThat(returned(second)).containsExactly(b.id());
            assertThat(returned(atasan)).isEmpty();
        }
    }

    /** What the desk's "Dikembalikan" lists for this session's account, after checking its count says the same. */
    private static List<String> returned(Session s) {
        try (DashboardQueries queries = DashboardQueries.open(s.store())) {
            StoreInboxData data = new StoreInboxData(s.store(), queries, s.account().userId());
            Instant now = Instant.now();
            InboxQuery q = InboxQuery.of(InboxView.RETURNED, now, now);
            List<String> ids = data.page(q, 0, 100).stream().map(InboxRow::id).toList();
            assertThat(data.counts(now, now).get(InboxView.RETURNED)).isEqualTo(ids.size());
            assertThat(data.count(q)).isEqualTo(ids.size());
            return ids;
        }
    }

    private Session session(CentralServer server, String folder, String user) {
        String url = server.baseUri().toString().replaceAll("/$", "");
        SignInService signIn = new SignInService(new AccountRegistry(data.resolve(folder), Kdf.pbkdf2(1_000)), SignInService.ApiFactory.OKHTTP,
                CalendarHolder.withBundled(), SyncEngine.Options.defaults(), Clock.systemUTC());
        if (signIn.signIn(url, user, CentralServer.TRAINING_PASSWORD.toCharArray()) instanceof SignInResult.SignedIn s) {
            return s.session();
        }
        throw new AssertionError("sign-in failed for " + user);
    }

    private static List<Complaint> openComplaints(CaseStore store) {
        Instant now = Instant.now();
        return store.page(InboxQuery.of(InboxView.NEEDS_FOLLOW_UP, now, now), 0, 10).stream()
                .map(r -> store.complaint(r.id()).orElseThrow()).toList();
    }
}
