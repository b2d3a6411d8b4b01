package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.action.Note;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: a conflict whose answer is over the store's cap is kept trimmed, never refused. */
class AnswerTrimTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String hugeAnswer() {
        ObjectNode root = JSON.createObjectNode().put("id", "c-1").put("trackingId", "1234567").put("version", 9)
                .put("status", "PROSES").put("body", "isi ".repeat(60_000));
        ArrayNode events = root.putArray("events");
        for (int i = 0; i < 40; i++) {
            events.addObject().put("id", "e" + i).put("text", ("kejadian " + i + " ").repeat(9_000));
        }
        return root.toString();
    }

    @Test
    void aConflictAnswerOverTheCapIsKeptTrimmedWithWhatAResendNeeds() throws Exception {
        String answer = hugeAnswer();
        assertThat(answer.length()).isGreaterThan(Texts.MAX_SERVER_ANSWER);
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            UUID id = store.enqueue("c-1", 3, new Note("catatan")).actionId();
            assertThat(store.markConflict(id, answer)).isTrue();
            OutboxEntry entry = store.outboxEntry(id).orElseThrow();
            assertThat(entry.state()).isEqualTo(OutboxState.CONFLICT);
            String kept = entry.serverAnswerJson().orElseThrow();
            assertThat(kept.length()).isLessThanOrEqualTo(Texts.MAX_SERVER_ANSWER);
            JsonNode tree = JSON.readTree(kept);
            assertThat(tree.path("trimmed").asBoolean()).isTrue();
            assertThat(tree.path("version").asLong()).isEqualTo(9);
            assertThat(tree.path("trackingId").asText()).isEqualTo("1234567");
            assertThat(tree.path("body").asText()).hasSize(AnswerTrim.TEXT_CAP + 1).endsWith("…");
            // The latest events (what changed) are the ones kept.
            assertThat(tree.path("events").get(tree.path("events").size() - 1).path("id").asText()).isEqualTo("e39");
            // The rest of the queue is not held up: the officer resends on the server's version.
            assertThat(store.resend(id, tree.path("version").asLong())).isTrue();
        }
    }

    @Test
    void anAnswerThatIsNotAnObjectOrCannotShrinkEnoughBecomesAMarker() {
        assertThat(AnswerTrim.bounded("[" + "1,".repeat(100) + "1]", 50)).isEqualTo("{\"trimmed\":true}");
        assertThat(AnswerTrim.bounded("{\"version\":3,\"x\":\"" + "y".repeat(150) + "\"}", 40))
                .isEqualTo("{\"version\":3,\"trimmed\":true}");
        assertThat(AnswerTrim.bounded("{\"a\":1}", 40)).isEqualTo("{\"a\":1}");
    }
}
