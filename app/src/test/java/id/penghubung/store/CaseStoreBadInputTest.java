package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.Note;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreBadInputTest {
    @TempDir
    Path dir;

    private final SyntheticComplaints gen = new SyntheticComplaints(5);
    private final InboxQuery all = InboxQuery.of(InboxView.ALL, Instant.EPOCH, Instant.EPOCH);

    private static Complaint withBody(Complaint c, String body) {
        return new Complaint(c.id(), c.trackingId(), c.version(), c.title(), body, c.classification(), c.anonymous(),
                c.confidential(), c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(), c.incidentDate(),
                c.location(), c.agency(), c.unit(), c.reporter(), c.attachments(), c.events());
    }

    @Test
    void anOversizedRowRefusesTheWholePageAndWritesNothing() {
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(gen.page(0, 3), List.of(), "c1");
            List<Complaint> page = List.of(gen.complaint(3), withBody(gen.complaint(4), "x".repeat(Texts.MAX_BODY + 1)));
            assertThatThrownBy(() -> store.applyPage(page, List.of(), "c2"))
                    .isInstanceOfSatisfying(RowTooLargeException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("store.error.tooLarge");
                        assertThat(e.field()).isEqualTo("body");
                        assertThat(e.localizedMessage(Messages.of(Messages.ENGLISH))).contains("body").contains("too large");
                    });
            assertThat(store.count(all)).isEqualTo(3);
            assertThat(store.cursor()).contains("c1");
            assertThatThrownBy(() -> store.saveDraft("c-1", ActionType.RESPOND, "y".repeat(Texts.MAX_DRAFT + 1)))
                    .isInstanceOf(RowTooLargeException.class);
            assertThat(store.drafts()).isEmpty();
            assertThatThrownBy(() -> store.enqueue("c-1", 1, new Note("z".repeat(Texts.MAX_PAYLOAD))))
                    .isInstanceOf(RowTooLargeException.class);
            assertThat(store.outbox()).isEmpty();
        }
    }

    @Test
    void loneSurrogatesAndNulAreReplacedSoWhatIsStoredIsWhatIsRead() {
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), SyntheticComplaints.deadlines())) {
            Complaint bad = withBody(gen.complaint(1), "awal \uD83D tengah \uDE00 akhir \u0000 selesai 😀");
            store.applyPage(List.of(bad), List.of(), "c");
            assertThat(store.complaint(bad.id()).orElseThrow().body())
                    .isEqualTo("awal \uFFFD tengah \uFFFD akhir \uFFFD selesai 😀");
            assertThat(store.saveDraft("c-1", ActionType.NOTE, "draf \uD800").text()).isEqualTo("draf \uFFFD");
            assertThat(store.draft("c-1", ActionType.NOTE).orElseThrow().text()).isEqualTo("draf \uFFFD");
            assertThat(store.enqueue("c-1", 1, new Note("\uDC00x")).action()).isEqualTo(new Note("\uFFFDx"));
            assertThat(store.search("tengah", all, 5)).hasSize(1);
        }
    }

    @Test
    void aFullDiskIsReportedClearlyAndNothingIsHalfWritten() {
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(gen.page(0, 10), List.of(), "c1");
            store.saveDraft("c-1", ActionType.RESPOND, "sebelum penuh");
            // Let the file grow only a little: the next big page cannot fit.
            store.forTest().exec("PRAGMA max_page_count = " + (pageCount(store) + 5));
            assertThatThrownBy(() -> store.applyPage(gen.page(10, 200), List.of(), "c2"))
                    .isInstanceOfSatisfying(DiskFullException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("store.error.diskFull");
                        assertThat(e.localizedMessage(Messages.indonesian())).contains("disk penuh");
                    });
            assertThat(store.count(all)).isEqualTo(10);
            assertThat(store.cursor()).contains("c1");
            assertThatThrownBy(() -> store.saveDraft("c-2", ActionType.RESPOND, "panjang ".repeat(20_000)))
                    .isInstanceOf(DiskFullException.class);
            assertThat(store.draft("c-1", ActionType.RESPOND).orElseThrow().text()).isEqualTo("sebelum penuh");
            assertThat(store.draft("c-2", ActionType.RESPOND)).isEmpty();
            // Space again: the store works on.
            store.forTest().exec("PRAGMA max_page_count = 1073741823");
            store.applyPage(gen.page(10, 200), List.of(), "c2");
            assertThat(store.count(all)).isEqualTo(210);
            assertThat(store.integrityCheck().ok()).isTrue();
        }
    }

    private static long pageCount(CaseStore store) {
        // page_count via the same writer the limit applies to.
        Path f = store.file();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f); var s = c.createStatement();
                var rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
