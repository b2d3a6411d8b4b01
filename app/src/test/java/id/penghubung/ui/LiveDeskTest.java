package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.store.InboxRow;
import id.penghubung.ui.signin.SignInPort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk against a real training server on loopback: the sign-in says "wrong password" for a
 * wrong one, signs in, the first sync fills the inbox, a queued response is sent with Ctrl+S and
 * the server applied it exactly once.
 */
class LiveDeskTest extends TrainingDesk {
    @BeforeAll
    static void start() throws Exception {
        startServer(300);
    }

    @Test
    void signInSyncQueueAndSendExactlyOnce() throws Exception {
        id.penghubung.sync.SignInService sync = syncSignIn();
        openSignIn(sync, url, new SignInPort.DemoAccount("penghubung", "latihan123", "OFFICER"));

        robot.clickOn("#username").write("penghubung");
        robot.clickOn("#password").write("salah-sekali").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#signinError").queryAs(Label.class).getText().equals("Nama pengguna atau kata sandi salah."));

        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#inboxTable").tryQuery().isPresent()
                && !table().getItems().isEmpty() && !table().getItems().get(0).loading());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#connection").queryAs(Label.class).getText().equals("Terhubung"));

        InboxRow row = table().getItems().get(0).row().orElseThrow();
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(c -> c.id().equals(row.id())).orElse(false));
        robot.interact(() -> robot.lookup("#actionText").queryAs(TextArea.class).setText("Sedang kami tindak lanjuti."));
        robot.clickOn("#actionText").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        // A follow-up is public: the desk shows what goes to whom before it enters the outbox.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialog-0").tryQuery().isPresent());
        robot.clickOn("#confirmDialog-0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#count-OUTBOX").queryAs(Label.class).getText().equals("1"));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#count-OUTBOX").queryAs(Label.class).getText().equals("0"));

        JsonNode applied = adminGet("/api/v1/admin/complaints/" + row.id() + "/actions");
        assertThat(applied.get("actions")).hasSize(1);
        assertThat(applied.get("actions").get(0).get("type").asText()).isEqualTo("RESPOND");
    }

    @Test
    void offlineSignInOpensTheCachedDeskOfAnAccountThatSignedInBefore() throws Exception {
        CentralServer own = CentralServer.start(CentralConfig.forTests(100));
        String ownUrl = own.baseUri().toString().replaceAll("/$", "");
        id.penghubung.sync.SignInService sync = syncSignIn();
        try {
            // Once online, as yesterday: the account and its cache are kept on this computer.
            var first = (id.penghubung.sync.SignInResult.SignedIn) sync.signIn(ownUrl, "penghubung",
                    CentralServer.TRAINING_PASSWORD.toCharArray());
            first.session().engine().sync(id.penghubung.sync.SyncListener.NONE);
            first.session().close();
        } finally {
            own.close();
        }

        openSignIn(sync, ownUrl);
        robot.clickOn("#username").write("penghubung");
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#inboxTable").tryQuery().isPresent()
                && !table().getItems().isEmpty() && !table().getItems().get(0).loading());
        assertThat(robot.lookup("#connection").queryAs(Label.class).getText()).isEqualTo("Luring");
    }

    private static JsonNode adminGet(String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + CentralServer.TRAINING_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String token = json.readTree(login.body()).get("accessToken").asText();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
