package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.account.ServerSettings;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.CertificatePinner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transport rules over real TLS on loopback: plain http only to loopback, an untrusted certificate
 * is final (no switch to accept it), and optional certificate pins narrow the trusted keys.
 */
class TransportSecurityTest {
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path keys;

    private static HttpsServer server;
    private static SSLContext clientTrustingTestCa;
    private static X509TrustManager trust;
    private static X509Certificate certificate;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        Path store = keys.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, STORE_PASSWORD);
        }
        certificate = (X509Certificate) ks.getCertificate("server");
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, STORE_PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("test-ca", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        trust = (X509TrustManager) tmf.getTrustManagers()[0];
        clientTrustingTestCa = SSLContext.getInstance("TLS");
        clientTrustingTestCa.init(null, new javax.net.ssl.TrustManager[] {trust}, null);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/", exchange -> {
            byte[] body = "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"wrong password\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    }

    private static OkHttpCentralApi.Builder trusting() {
        return OkHttpCentralApi.builder(url()).trustForTests(clientTrustingTestCa.getSocketFactory(), trust);
    }

    @Test
    void anUntrustedCertificateIsFinal() {
        try (OkHttpCentralApi api = OkHttpCentralApi.create(url())) {
            assertThatThrownBy(() -> api.login("penghubung", "x".toCharArray()))
                    .isInstanceOf(TransportException.class).hasCauseInstanceOf(SSLHandshakeException.class);
        }
        // Nothing on the public builder can switch validation off: only pins (which narrow it).
        assertThat(java.util.Arrays.stream(OkHttpCentralApi.Builder.class.getMethods()).map(m -> m.getName()))
                .doesNotContain("hostnameVerifier", "sslSocketFactory", "trustAll", "insecure", "trustForTests");
    }

    @Test
    void aTrustedServerAnswersAndPinsNarrowWhichKeysAreAccepted() {
        try (OkHttpCentralApi api = trusting().build()) {
            assertThatThrownBy(() -> api.login("penghubung", "x".toCharArray()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
        String pin = CertificatePinner.pin(certificate);
        try (OkHttpCentralApi api = trusting().certificatePins(List.of(pin)).build()) {
            assertThatThrownBy(() -> api.login("penghubung", "x".toCharArray()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
        String other = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        try (OkHttpCentralApi api = trusting().certificatePins(List.of(other)).build()) {
            assertThatThrownBy(() -> api.login("penghubung", "x".toCharArray()))
                    .isInstanceOf(TransportException.class).hasCauseInstanceOf(SSLPeerUnverifiedException.class);
        }
    }

    @Test
    void plainHttpOnlyToLoopback() {
        assertThatThrownBy(() -> OkHttpCentralApi.create("http://lapor.go.id/api/v1")).isInstanceOf(InsecureServerException.class);
        assertThatThrownBy(() -> OkHttpCentralApi.create("http://10.0.0.5/api/v1")).isInstanceOf(InsecureServerException.class);
        assertThatThrownBy(() -> OkHttpCentralApi.create("http://127.0.0.1.nip.io/api/v1")).isInstanceOf(InsecureServerException.class);
        OkHttpCentralApi.create("http://127.0.0.1:8080/api/v1").close();
        OkHttpCentralApi.create("http://[::1]:8080/api/v1").close();
        OkHttpCentralApi.create("https://lapor.go.id/api/v1").close();
    }

    @Test
    void pinsAreKeptPerServerOwnerOnlyAndValidated(@TempDir Path data) throws Exception {
        AccountRegistry accounts = new AccountRegistry(data);
        assertThat(accounts.serverSettings("gateway.bandung.go.id")).isEqualTo(ServerSettings.NONE);
        String pin = CertificatePinner.pin(certificate);
        accounts.saveServerSettings("gateway.bandung.go.id", new ServerSettings(List.of(pin)));
        assertThat(accounts.serverSettings("gateway.bandung.go.id").certificatePins()).containsExactly(pin);
        assertThat(accounts.serverSettings("lapor.go.id")).isEqualTo(ServerSettings.NONE);
        Path file = accounts.accountsFolder().resolve("gateway.bandung.go.id.server.json");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThatThrownBy(() -> new ServerSettings(List.of("md5/abc"))).isInstanceOf(IllegalArgumentException.class);
        // The standard sign-in service applies them: a wrong pin for this loopback server fails the handshake.
        String host = AccountRegistry.hostOf(url());
        accounts.saveServerSettings(host, new ServerSettings(List.of("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")));
        try (CentralApi api = SignInService.ApiFactory.okHttp(accounts).create(url(), new Connectivity(java.time.Clock.systemUTC()))) {
            assertThatThrownBy(() -> api.login("penghubung", "x".toCharArray())).isInstanceOf(TransportException.class);
        }
    }
}
