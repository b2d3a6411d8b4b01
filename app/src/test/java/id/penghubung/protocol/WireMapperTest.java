package id.penghubung.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.NotAuthorized;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireMapperTest {
    private static final String PAGE = """
            {"items":[{"id":"c1","trackingId":"3100042","version":4,"title":"Jalan rusak","body":"Isi","classification":"PENGADUAN",
            "anonymous":true,"confidential":false,"category":{"id":"pu.jalan","name":"Jalan","parentId":"pu"},"channel":"WEBSITE",
            "status":"PROSES","submittedAt":"2026-02-20T02:15:00Z","disposedAt":null,"incidentDate":"2026-02-18",
            "location":{"provinceId":"32","province":"Jawa Barat","regency":"Kota Bandung","district":"Coblong","village":"Dago",
            "detail":"","latitude":-6.885,"longitude":107.613},"agency":{"id":"a","name":"A"},"unit":null,
            "reporter":{"name":"Tidak Boleh Ada","phone":null,"email":null,"nik":null},"attachments":[],
            "events":[{"id":"e1","type":"SUBMITTED","at":"2026-02-20T02:15:00Z","actor":{"kind":"REPORTER","name":"Pelapor"},
            "text":"","attachments":[]}],"futureField":1}],"removed":[],"nextCursor":"x","hasMore":false}
            """;

    @Test
    void complaintsMapBothWaysAndAnAnonymousReporterIsDropped() throws Exception {
        ChangesPage page = Json.lenient().readValue(PAGE, ChangesPage.class);
        Complaint model = WireMapper.toModel(page.items().getFirst());
        assertThat(model.reporter()).isEmpty();
        assertThat(model.location().coordinates()).isPresent();
        assertThat(model.incidentDate()).isPresent();
        assertThat(model.disposedAt()).isEmpty();
        WireComplaint back = WireMapper.toWire(model);
        assertThat(back.reporter()).isNull();
        assertThat(WireMapper.toModel(back)).isEqualTo(model);
    }

    @Test
    void everyActionTypeMapsBothWays() {
        List<OfficerAction> actions = List.of(new Respond("teks", List.of("a".repeat(64))), new Dispose("u1", "catatan"),
                new NotAuthorized("bukan wewenang", Optional.of("kemen-pupr")), new RequestInfo("alamat?"),
                new Complete("selesai", List.of()), new Note("internal"));
        for (OfficerAction action : actions) {
            WireAction wire = WireMapper.toWire("1b4e28ba-2fa1-41d2-883f-0016d3cca427", "c1", 3, action);
            assertThat(wire.type()).isEqualTo(action.type());
            assertThat(wire.baseVersion()).isEqualTo(3);
            assertThat(WireMapper.toModel(wire)).isEqualTo(action);
        }
        assertThatThrownBy(() -> WireMapper.toModel(new WireAction("x", "c", 1L, ActionType.RESPOND, null, null, null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void strictReaderRefusesWhatTheLenientOneIgnores() throws Exception {
        String body = "{\"username\":\"a\",\"password\":\"b\",\"extra\":1}";
        assertThat(Json.lenient().readValue(body, LoginRequest.class).username()).isEqualTo("a");
        assertThatThrownBy(() -> Json.strict().readValue(body, LoginRequest.class)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> Json.strict().readValue("{\"username\":1,\"password\":\"b\"}", LoginRequest.class))
                .isInstanceOf(Exception.class);
        assertThat(new LoginRequest("a", "geheim").toString()).doesNotContain("geheim");
        try (InputStream in = getClass().getResourceAsStream("/penghubung/openapi/penghubung-v1.yaml")) {
            assertThat(in).isNotNull();
        }
    }
}
