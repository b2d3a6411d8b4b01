package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.model.Complaint;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.TrackingId;
import id.penghubung.protocol.Json;
import id.penghubung.store.SyntheticComplaints;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code similar} and {@code duplicates} on an encrypted account cache: JSON shape, words, exit codes. */
class SimilarCommandTest {
    @TempDir
    static Path data;

    private static final InputStream STDIN = System.in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    static final String WEB = "3100001";
    static final String SMS = "3100002";

    @BeforeAll
    static void account() {
        Location dago = new Location("32", "Jawa Barat", "Kota Bandung", "Coblong", "Dago", "", Optional.empty());
        Complaint web = report(900, WEB, "Jembatan gantung Cikapundung di Dago retak dan miring",
                "Jembatan gantung di atas Sungai Cikapundung, Kelurahan Dago, retak pada tiang dan lantainya miring."
                        + " Anak sekolah tetap menyeberang setiap pagi. Mohon pemeriksaan segera.", dago, 0);
        Complaint sms = report(901, SMS, "jembatan gantung cikapundung retak",
                "jembatan gantung cikapundung kel. dago retak & miring, anak sekolah msh lewat. tlg dicek", dago, 2);
        LocalAccount.create(data, 60, List.of(web, sms));
    }

    static Complaint report(int n, String tracking, String title, String body, Location where, int days) {
        Complaint c = new SyntheticComplaints(7).complaint(n);
        Complaint base = new SyntheticComplaints(7).complaint(900);
        return new Complaint("p8-" + tracking, new TrackingId(tracking), c.version(), title, body, c.classification(),
                true, false, base.category(), c.channel(), c.status(), base.submittedAt().plus(Duration.ofDays(days)),
                base.disposedAt().map(d -> d.plus(Duration.ofDays(days))), Optional.empty(), where, c.agency(), c.unit(),
                Optional.<Reporter>empty(), List.of(), new ArrayList<>(c.events().stream().map(e -> new id.penghubung.model.Event(
                        e.id(), e.type(), base.submittedAt().plus(Duration.ofDays(days)).plusSeconds(60L * c.events().indexOf(e)), e.actor(), e.text(), e.attachments())).toList()));
    }

    @AfterEach
    void restore() {
        System.setIn(STDIN);
    }

    private int run(String... args) {
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void similarListsTheOtherChannelsReportWithReasonsInWordsAndNeverItself() throws Exception {
        assertThat(run("similar", "--data", data.toString(), "--case", WEB, "--limit", "3")).as(err.toString()).isZero();
        JsonNode list = Json.lenient().readTree(out.toString());
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isBetween(1, 3);
        JsonNode first = list.get(0);
        assertThat(first.get("trackingId").asText()).isEqualTo(SMS);
        assertThat(first.get("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(first.get("reasons")).extracting(JsonNode::asText).contains("TEXT", "AREA", "TIME");
        assertThat(first.get("explanation").asText()).contains("judul mirip", "kelurahan sama", "2 hari sesudahnya");
        for (JsonNode c : list) {
            assertThat(c.get("trackingId").asText()).isNotEqualTo(WEB);
            assertThat(c.fieldNames()).toIterable().containsExactlyInAnyOrder("trackingId", "score", "reasons", "explanation");
        }
        assertThat(out.toString()).doesNotContain("Cikapundung");
    }

    @Test
    void textFormatAndBadArguments() {
        assertThat(run("similar", "--data", data.toString(), "--case", "#" + SMS, "--format", "text")).isZero();
        assertThat(out.toString()).contains("#" + WEB, "judul mirip", "2 hari sebelumnya");
        assertThat(run("similar", "--data", data.toString(), "--case", "abc")).isEqualTo(2);
        assertThat(run("similar", "--data", data.toString(), "--case", WEB, "--limit", "0")).isEqualTo(2);
        assertThat(run("similar", "--data", data.toString())).isEqualTo(2);
        assertThat(run("similar", "--data", data.toString(), "--case", "1234567")).isEqualTo(1);
        assertThat(err.toString()).contains("1234567");
    }

    @Test
    void duplicatesGroupTheTwoWithProgressOnStandardError() throws Exception {
        assertThat(run("duplicates", "--data", data.toString())).as(err.toString()).isZero();
        JsonNode groups = Json.lenient().readTree(out.toString());
        JsonNode ours = null;
        for (JsonNode g : groups) {
            if (g.get("trackingIds").toString().contains(WEB)) {
                ours = g;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("trackingIds")).extracting(JsonNode::asText).containsExactly(WEB, SMS);
        assertThat(ours.get("groupId").asText()).isEqualTo("G" + WEB);
        assertThat(err.toString()).contains("62 dari 62");
        assertThat(run("duplicates", "--data", data.toString(), "--min-score", "1.5")).isEqualTo(2);
    }
}
