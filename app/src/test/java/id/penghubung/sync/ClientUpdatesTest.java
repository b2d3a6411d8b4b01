package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.protocol.ClientRelease;
import id.penghubung.protocol.ReferenceData;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Versi baru tersedia": what the server (or a release file) publishes, over real HTTP on loopback. */
class ClientUpdatesTest {
    private static final ClientRelease NEWER = new ClientRelease("0.2.0", "Cetak berkas lebih cepat.",
            "https://unduh.instansi.go.id/penghubung/");

    @TempDir
    Path data;

    @Test
    void theServersReferenceDataCarriesTheRecommendedClientAndItIsAnnouncedOnce() throws Exception {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(5));
                OkHttpCentralApi api = OkHttpCentralApi.builder(server.baseUri().toString()).build()) {
            api.login("penghubung", CentralServer.TRAINING_PASSWORD.toCharArray());
            assertThat(api.reference().client()).as("nothing published yet").isNull();

            server.publishClientRelease(NEWER);
            ReferenceData reference = api.reference();
            assertThat(reference.client()).isEqualTo(NEWER);

            ClientUpdates updates = new ClientUpdates(data, "0.1.0");
            assertThat(updates.toAnnounce(Optional.ofNullable(reference.client()))).contains(NEWER);
            updates.markAnnounced(NEWER);
            assertThat(updates.toAnnounce(Optional.of(NEWER))).as("once").isEmpty();
            // What the desk asks: the account's cached reference data says so, once.
            Path referenceFile = data.resolve("reference.json");
            new ReferenceCache(referenceFile).refresh(api);
            ClientUpdates fresh = new ClientUpdates(data.resolve("other"), "0.1.0");
            assertThat(fresh.pending(Optional.of(referenceFile))).contains(new NewVersion("0.2.0", NEWER.notes(), NEWER.downloadUrl()));
            assertThat(new ClientUpdates(data, "0.2.0").toAnnounce(Optional.of(new ClientRelease("0.2.0", "", ""))))
                    .as("the same version is no news").isEmpty();
        }
    }

    @Test
    void aReleaseFileAtAConfiguredUrlServesDeploymentsWithoutItAndOfflineSaysNothing() throws Exception {
        URI url;
        try (HostileServer files = new HostileServer()) {
            files.on("/penghubung/latest.json", (exchange, out) -> HostileServer.json(exchange, 200,
                    "{\"latestVersion\":\"0.10.0\",\"notes\":\"Perbaikan sinkronisasi.\",\"downloadUrl\":\"https://unduh.instansi.go.id/\"}"));
            files.on("/broken.json", (exchange, out) -> HostileServer.json(exchange, 200, "<html>not json</html>"));
            url = URI.create(files.url() + "/penghubung/latest.json");

            Optional<ClientRelease> fetched = ClientUpdates.fetch(url);
            assertThat(fetched).contains(new ClientRelease("0.10.0", "Perbaikan sinkronisasi.", "https://unduh.instansi.go.id/"));
            assertThat(new ClientUpdates(data, "0.9.2").toAnnounce(fetched)).as("0.10.0 is newer than 0.9.2").isPresent();
            assertThat(new ClientUpdates(data, "dev").toAnnounce(fetched)).as("a dev build is never told").isEmpty();
            assertThat(ClientUpdates.fetch(URI.create(files.url() + "/broken.json"))).isEmpty();
            assertThat(ClientUpdates.fetch(URI.create(files.url() + "/missing.json"))).isEmpty();
        }
        // The server is gone: offline, nothing to say and nothing thrown.
        assertThat(ClientUpdates.fetch(url)).isEmpty();
    }
}
