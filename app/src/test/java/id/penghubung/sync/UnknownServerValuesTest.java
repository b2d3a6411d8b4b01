package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireMapper;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.ui.detail.DetailViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values a later server may add — a status, an event type, a classification, a channel this version
 * does not know — never break a pull: over real HTTP the page is pulled and stored whole, the values
 * are kept as received, shown generically ("Peristiwa lain: …") and exported as they came.
 */
class UnknownServerValuesTest {
    @TempDir
    Path dir;

    private static final String NEWER = """
            {"id":"c-new","trackingId":"3100001","version":3,"title":"Jalan rusak","body":"Isi","classification":"WBS_KHUSUS",
            "anonymous":true,"confidential":false,"category":{"id":"pu.jalan","name":"Jalan","parentId":"pu"},"channel":"KANAL_BARU",
            "status":"DIBATALKAN","submittedAt":"2026-02-20T02:15:00Z","disposedAt":"2026-02-21T02:15:00Z","incidentDate":null,
            "location":{"provinceId":"32","province":"Jawa Barat","regency":"Kota Bandung","district":"Coblong","village":"Dago",
            "detail":"","latitude":null,"longitude":null},"agency":{"id":"a","name":"A"},"unit":null,"reporter":null,"attachments":[],
            "events":[{"id":"e1","type":"SUBMITTED","at":"2026-02-20T02:15:00Z","actor":{"kind":"REPORTER","name":"Pelapor"},"text":"","attachments":[]},
             {"id":"e2","type":"DITINJAU_ULANG","at":"2026-02-22T02:15:00Z","actor":{"kind":"ADMIN","name":"Admin LAPOR!"},"text":"Ditinjau ulang","attachments":[]}]}""";

    private static final String KNOWN = NEWER.replace("c-new", "c-old").replace("3100001", "3100002")
            .replace("WBS_KHUSUS", "PENGADUAN").replace("KANAL_BARU", "WEBSITE").replace("DIBATALKAN", "PROSES")
            .replace("DITINJAU_ULANG", "VERIFIED");

    @Test
    void aPageWithAnUnknownEventTypeAndStatusIsPulledStoredShownAndExportedAsReceived() throws Exception {
        try (HostileServer server = new HostileServer()) {
            server.on("/api/v1/changes", (exchange, out) -> HostileServer.json(exchange, 200,
                    "{\"items\":[" + NEWER + "," + KNOWN + "],\"removed\":[],\"nextCursor\":\"end\",\"hasMore\":false}"));
            try (OkHttpCentralApi api = OkHttpCentralApi.builder(server.url()).build();
                    CaseStore store = CaseStore.open(dir.resolve("cache.db"), DeadlineIndex.none())) {
                api.login("rina", "x".toCharArray());
                SyncEngine engine = new SyncEngine(api, store, new AttachmentFiles(dir.resolve("attachments")), Optional.empty(),
                        SyncEngine.Options.defaults().withBackoff(new Backoff(Duration.ZERO, Duration.ZERO, 1)));

                SyncReport report = engine.sync(SyncListener.NONE);

                assertThat(report.pulled()).isEqualTo(2);
                assertThat(report.skipped()).isZero();
                assertThat(store.cursor()).contains("end");
                Complaint stored = store.complaint("c-new").orElseThrow();
                assertThat(stored.status()).isEqualTo(Status.OTHER);
                assertThat(stored.statusName()).isEqualTo("DIBATALKAN");
                assertThat(stored.classification()).isEqualTo(Classification.OTHER);
                assertThat(stored.classificationName()).isEqualTo("WBS_KHUSUS");
                assertThat(stored.channel()).isEqualTo(Channel.OTHER);
                assertThat(stored.channelName()).isEqualTo("KANAL_BARU");
                assertThat(stored.events().getLast().type()).isEqualTo(EventType.OTHER);
                assertThat(stored.events().getLast().typeName()).isEqualTo("DITINJAU_ULANG");
                assertThat(store.complaint("c-old").orElseThrow().status()).isEqualTo(Status.PROSES);

                // Shown generically in the detail pane.
                DetailViewModel vm = new DetailViewModel(Messages.of(Locale.of("id")), id.penghubung.ui.detail.DetailData.of(store),
                        new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard()), id.penghubung.ui.detail.AttachmentAccess.none(),
                        Runnable::run, Runnable::run, Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC),
                        ZoneOffset.UTC);
                vm.show(Optional.of("c-new"));
                assertThat(vm.timeline()).extracting(DetailViewModel.TimelineLine::what)
                        .containsExactly("Laporan masuk", "Peristiwa lain: DITINJAU_ULANG");
                assertThat(vm.metaProperty().get()).contains("Status lain: DIBATALKAN", "Kanal lain: KANAL_BARU",
                        "Klasifikasi lain: WBS_KHUSUS");

                // Exported (the contract's shape) as received.
                WireComplaint exported = Json.lenient().readValue(Json.lenient().writeValueAsString(WireMapper.toWire(stored)),
                        WireComplaint.class);
                assertThat(exported.status()).isEqualTo("DIBATALKAN");
                assertThat(exported.classification()).isEqualTo("WBS_KHUSUS");
                assertThat(exported.channel()).isEqualTo("KANAL_BARU");
                assertThat(exported.events().getLast().type()).isEqualTo("DITINJAU_ULANG");

                // Counted on the dashboard under "Status lain", beside the known ones (red before: valueOf threw).
                try (DashboardQueries queries = DashboardQueries.open(store)) {
                    assertThat(queries.countsByStatus()).containsEntry(Status.OTHER, 1).containsEntry(Status.PROSES, 1);
                }
            }
        }
    }
}
