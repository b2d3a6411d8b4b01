package id.penghubung.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.store.AuditLog;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.action.TemplateOption;
import id.penghubung.ui.common.Background;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing of a confidential complaint leaks through a notification or a filled response template. */
class NoticesTest {
    @TempDir
    Path dir;

    @Test
    void anOverdueNotificationNamesConfidentialComplaintsByTrackingIdOnly() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 500);
        try (Desk desk = new Desk(Messages.indonesian(), DeskFixture.parts(file), new Background(), DeskFixture.CLOCK)) {
            Instant t1 = DeskFixture.NOW.plus(Duration.ofDays(30));
            // What the deadline watch hands over: tracking IDs (DeadlineWatchTest), here of confidential complaints.
            List<InboxRow> all = desk.store().page(InboxQuery.of(InboxView.ALL, t1, t1), 0, 1_000);
            List<InboxRow> confidential = all.stream().filter(InboxRow::confidential).limit(Notices.SHOWN_IDS).toList();
            assertThat(confidential).as("the fixture has confidential complaints").isNotEmpty();
            List<TrackingId> shown = confidential.stream().map(InboxRow::trackingId).toList();

            Notices.Notice notice = Notices.overdue(Messages.indonesian(), shown);
            for (InboxRow r : confidential) {
                Complaint c = desk.store().complaint(r.id()).orElseThrow();
                assertThat(notice.text()).contains(c.trackingId().toString()).doesNotContain(c.title());
                assertThat(notice.title()).doesNotContain(c.title());
                c.reporter().ifPresent(who -> assertThat(notice.text() + notice.title()).doesNotContain(who.name()));
            }
            assertThat(notice.title()).isEqualTo("Lewat batas waktu");
        }
    }

    @Test
    void theReporterNamePlaceholderBecomesTheGenericWordNeverTheIdentity() {
        Complaint c = DeskFixture.actionable(50);
        TemplateOption t = new TemplateOption("t", "Sapaan", "Yth. {reporterName}, laporan {trackingId} kami terima.");
        String filled = t.fill(c, Messages.indonesian().get("ui.lock.reporterGeneric"));
        assertThat(filled).isEqualTo("Yth. Pelapor, laporan " + c.trackingId() + " kami terima.");
        c.reporter().ifPresent(who -> assertThat(filled).doesNotContain(who.name()));
        assertThat(t.fill(c, Messages.of(java.util.Locale.ENGLISH).get("ui.lock.reporterGeneric"))).startsWith("Yth. Reporter,");
    }

    @Test
    void aTamperedAuditLogIsToldInTheOfficersLanguageWithEveryFinding() {
        List<AuditLog.Problem> found = List.of(new AuditLog.Problem("store.audit.changed", List.of(3L)),
                new AuditLog.Problem("store.audit.missing", List.of(4L, 6L)));
        Notices.Notice id = Notices.auditTampered(Messages.indonesian(), found);
        assertThat(id.title()).isEqualTo("Catatan audit tidak utuh");
        assertThat(id.text()).contains("Catatan audit #3 diubah", "antara #4 dan #6 dihapus").doesNotContain("store.audit");
        Notices.Notice en = Notices.auditTampered(Messages.of(java.util.Locale.ENGLISH), found);
        assertThat(en.text()).contains("Audit entry #3 was changed", "between #4 and #6 were deleted");
    }
}
