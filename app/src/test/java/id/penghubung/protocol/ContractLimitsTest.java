package id.penghubung.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.penghubung.model.FieldLimits;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 21: the contract states every string field's limit, and the complaint's are the shared FieldLimits. */
class ContractLimitsTest {
    private static final String DOCUMENT = "/penghubung/openapi/penghubung-v1.yaml";

    @Test
    void everyStringFieldOfARecordOrRequestHasALimitAndTheComplaintsAreTheSharedOnes() throws Exception {
        JsonNode schemas;
        try (InputStream in = ContractLimitsTest.class.getResourceAsStream(DOCUMENT)) {
            schemas = new ObjectMapper(new YAMLFactory()).readTree(in).path("components").path("schemas");
        }
        for (String schema : new String[] {"WireComplaint", "WireCategory", "WireLocation", "WireAgency", "WireUnit",
                "WireReporter", "WireAttachment", "WireActor", "WireEvent", "WireAction", "AdminNewComplaint",
                "AdminDisposeRequest", "AdminReplyRequest", "AdminArchiveRequest", "AdminRedirectRequest"}) {
            schemas.path(schema).path("properties").properties().forEach(field -> {
                JsonNode f = field.getValue();
                if ("string".equals(f.path("type").asText()) && !f.has("pattern") && !f.has("format") && !f.has("enum")) {
                    assertThat(f.has("maxLength")).as(schema + "." + field.getKey()).isTrue();
                }
            });
        }
        Map<String, Integer> shared = Map.of("WireReporter.name", FieldLimits.SHORT, "WireReporter.nik", FieldLimits.SHORT,
                "WireLocation.district", FieldLimits.SHORT, "WireLocation.detail", FieldLimits.TITLE,
                "WireComplaint.title", FieldLimits.TITLE, "WireComplaint.body", FieldLimits.BODY,
                "WireEvent.text", FieldLimits.EVENT_TEXT, "WireActor.name", FieldLimits.SHORT);
        shared.forEach((path, limit) -> {
            String[] p = path.split("\\.");
            assertThat(schemas.path(p[0]).path("properties").path(p[1]).path("maxLength").asInt()).as(path).isEqualTo(limit);
        });
    }
}
