package id.penghubung.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What enters through either mapper: action IDs in one letter case, enums only by name. */
class ProtocolInputTest {
    private static final String UPPER = "1B4E28BA-2FA1-41D2-883F-0016D3CCA427";
    private static final String LOWER = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";

    private static String action(String id, String type) {
        return "{\"actionId\":\"" + id + "\",\"complaintId\":\"c1\",\"baseVersion\":3,\"type\":" + type + ",\"text\":\"x\"}";
    }

    @Test
    void anActionIdInAnotherLetterCaseIsTheSameIdOnBothSides() throws Exception {
        for (ObjectMapper mapper : List.of(Json.lenient(), Json.strict())) {
            assertThat(mapper.readValue(action(UPPER, "\"NOTE\""), WireAction.class).actionId()).isEqualTo(LOWER);
        }
        assertThat(Json.lenient().readValue("{\"actionId\":\"" + UPPER + "\",\"outcome\":\"APPLIED\",\"version\":4}",
                ActionResult.class).actionId()).isEqualTo(LOWER);
        WireAction built = new WireAction(UPPER, "c1", 3L, null, "x", null, null, null, null, null, null);
        assertThat(built.actionId()).isEqualTo(LOWER);
        assertThat(built).isEqualTo(new WireAction(LOWER, "c1", 3L, null, "x", null, null, null, null, null, null));
    }

    @Test
    void enumsAreNeverAcceptedAsNumbers() {
        for (ObjectMapper mapper : List.of(Json.lenient(), Json.strict())) {
            assertThatThrownBy(() -> mapper.readValue(action(LOWER, "0"), WireAction.class)).isInstanceOf(Exception.class);
            assertThatThrownBy(() -> mapper.readValue(action(LOWER, "\"0\""), WireAction.class)).isInstanceOf(Exception.class);
            assertThatThrownBy(() -> mapper.readValue("{\"actionId\":\"" + LOWER + "\",\"outcome\":1}", ActionResult.class))
                    .isInstanceOf(Exception.class);
        }
    }
}
