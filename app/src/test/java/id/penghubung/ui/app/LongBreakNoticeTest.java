package id.penghubung.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.ModelFixtures;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.ui.inbox.StoreInboxData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libur panjang notice before the first long break of March 2027 (Saturday 6 to Nyepi, Monday 8
 * March, an estimate until the SKB): the complaints falling due inside it or in the two working days
 * after it (9 and 12 March: 10-11 March are Idul Fitri), and the day to answer them by.
 */
class LongBreakNoticeTest {
    private static final Instant NOW = Instant.parse("2027-03-01T03:00:00Z"); // Monday 10:00 WIB
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void beforeLebaran2027TheNoticeNamesWhatFallsDueInTheBreakAndTheDayToAnswerBy() {
        try (CaseStore store = CaseStore.open(dir.resolve("cases.sqlite"), Desk.deadlineIndex(CLOCK), CLOCK)) {
            store.applyPage(List.of(
                    disposed("a", "3100001", "2027-03-01T09:00"), // follow-up due 9 March: just after the break
                    disposed("b", "3100002", "2027-02-26T09:00"), // due 5 March: before the break
                    disposed("c", "3100003", "2027-03-05T09:00"), // due 17 March
                    disposed("d", "3100004", "2027-03-03T09:00"), // due 15 March: past the squeeze
                    disposed("e", "3100005", "2027-03-02T09:00")), // due 12 March: the second working day after
                    List.of(), "c1");
            try (DashboardQueries queries = DashboardQueries.open(store)) {
                LongBreakNotice notice = new LongBreakNotice(Messages.indonesian(), WorkingCalendar::bundled,
                        new StoreInboxData(store, queries));
                Optional<Notices.Notice> told = notice.check(NOW);

                assertThat(told).isPresent();
                assertThat(told.get().title()).isEqualTo("Libur panjang 6 Maret 2027 – 8 Maret 2027");
                assertThat(told.get().text()).startsWith("2 pengaduan jatuh tempo selama libur atau tepat sesudahnya; "
                        + "jawab sebelum Jumat, 05 Maret 2027: #3100001, #3100005")
                        .contains("perkiraan");
                assertThat(notice.check(NOW.plusSeconds(60))).as("told once per break").isEmpty();
                assertThat(new LongBreakNotice(Messages.indonesian(), WorkingCalendar::bundled, new StoreInboxData(store, queries))
                        .check(Instant.parse("2027-01-04T03:00:00Z"))).as("no break near in early January").isEmpty();
            }
        }
    }

    private static Complaint disposed(String id, String tracking, String disposedWib) {
        Complaint c = ModelFixtures.complaint(disposedWib).disposed(disposedWib).build();
        return new Complaint(id, new TrackingId(tracking), c.version(), c.title(), c.body(), c.classification(), c.anonymous(),
                c.confidential(), c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(), c.incidentDate(),
                c.location(), c.agency(), c.unit(), c.reporter(), c.attachments(), c.events());
    }
}
