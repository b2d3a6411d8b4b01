package id.penghubung.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.Reporter;
import id.penghubung.store.AuditEntry;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxView;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.ManualScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's CSV export, as the CLI's: reporter identities only when the officer ticked the box,
 * never an anonymous reporter's, the file 0600, and every export in the audit log.
 */
class CsvExportIdentitiesTest {
    @TempDir
    Path dir;

    @Test
    void identitiesOnlyWhenTickedAnonymousNeverFileOwnerOnlyAndAudited() throws Exception {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 300);
        try (Desk desk = new Desk(Messages.indonesian(), DeskFixture.parts(file), new Background(), DeskFixture.CLOCK)) {
            CaseStore store = desk.store();
            InboxViewModel vm = new InboxViewModel(Messages.indonesian(),
                    new StoreInboxData(store, desk.queries(), "u-penghubung"), Runnable::run, Runnable::run,
                    new ManualScheduler(), DeskFixture.CLOCK, desk.workingDays(), desk.zone());
            vm.activate();
            vm.viewProperty().set(InboxView.ALL);
            int rows = vm.rows().size();
            assertThat(rows).isGreaterThan(100);

            Path without = dir.resolve("tanpa.csv");
            vm.export(without, desk.zone(), false);
            Path with = dir.resolve("dengan.csv");
            vm.export(with, desk.zone(), true);

            List<CSVRecord> plain = read(without);
            List<CSVRecord> full = read(with);
            assertThat(plain).hasSize(rows);
            assertThat(full).hasSize(rows);
            assertThat(plain.getFirst().size()).isEqualTo(13); // the last: the deadline estimate (issue 22)
            assertThat(full.getFirst().size()).isEqualTo(17);
            String plainText = Files.readString(without);
            int named = 0;
            int anonymous = 0;
            int confidential = 0;
            for (CSVRecord r : full) {
                Complaint c = store.byTrackingId(id.penghubung.model.TrackingId.parse(r.get(0)).orElseThrow()).orElseThrow();
                // One identity rule with print and screen: an anonymous report has none, a confidential one is withheld and says why.
                if (c.anonymous()) {
                    anonymous++;
                    assertThat(r.get(12)).isEqualTo("Pelapor anonim");
                    assertThat(List.of(r.get(13), r.get(14), r.get(15))).allMatch(String::isEmpty);
                    continue;
                }
                if (c.confidential()) {
                    confidential++;
                    assertThat(r.get(12)).isEqualTo("Dirahasiakan: laporan rahasia");
                    assertThat(List.of(r.get(13), r.get(14), r.get(15))).allMatch(String::isEmpty);
                    continue;
                }
                Reporter who = c.reporter().orElseThrow();
                named++;
                assertThat(r.get(12)).isEqualTo(who.name());
                assertThat(r.get(15)).isEqualTo(who.nik().orElse(""));
                assertThat(plainText).doesNotContain(who.name());
                who.nik().ifPresent(nik -> assertThat(plainText).doesNotContain(nik));
                who.phone().ifPresent(phone -> assertThat(plainText).doesNotContain(phone));
            }
            assertThat(named).isPositive();
            assertThat(anonymous).isPositive();
            assertThat(confidential).isPositive();

            for (Path p : List.of(without, with)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-------");
            }
            List<AuditEntry> log = store.auditLog(10).stream().filter(e -> e.action().equals(CaseStore.AUDIT_EXPORT)).toList();
            assertThat(log).hasSize(2);
            assertThat(log).allSatisfy(e -> {
                assertThat(e.account()).isEqualTo("u-penghubung");
                assertThat(e.detail()).contains("format=CSV").contains("count=" + rows);
            });
            assertThat(log.get(0).detail()).contains("dengan.csv");
            assertThat(log.get(1).detail()).contains("tanpa.csv");
            assertThat(log.get(0).detail()).contains("identities=yes");
            assertThat(log.get(1).detail()).contains("identities=no");
        }
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (var reader = new java.io.StringReader(Files.readString(csv).substring(1))) { // after the byte-order mark
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).build()
                    .parse(reader).getRecords();
        }
    }
}
