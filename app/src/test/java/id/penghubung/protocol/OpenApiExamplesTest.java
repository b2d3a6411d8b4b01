package id.penghubung.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example in the OpenAPI document goes through the protocol types: read strictly (so a
 * misspelt field in the document fails), written back, and compared as JSON trees.
 */
class OpenApiExamplesTest {
    private static final String DOCUMENT = "/penghubung/openapi/penghubung-v1.yaml";
    private static JsonNode spec;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpenApiExamplesTest.class.getResourceAsStream(DOCUMENT)) {
            assertThat(in).as(DOCUMENT).isNotNull();
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private record Example(String where, String schema, JsonNode value) {
    }

    @Test
    void everyExampleRoundTripsThroughTheProtocolTypes() throws Exception {
        List<Example> examples = new ArrayList<>();
        collect(spec, "", examples);
        assertThat(examples).hasSizeGreaterThanOrEqualTo(20);
        for (Example example : examples) {
            Class<?> type = Class.forName("id.penghubung.protocol." + example.schema());
            // Through JSON text, so YAML number nodes compare like JSON ones.
            JsonNode expected = Json.lenient().readTree(Json.lenient().writeValueAsString(example.value()));
            Object value = Json.strict().treeToValue(expected, type);
            JsonNode actual = Json.lenient().readTree(Json.lenient().writeValueAsString(value));
            assertThat(actual).as("example at %s (%s)", example.where(), example.schema()).isEqualTo(expected);
        }
    }

    @Test
    void everyObjectSchemaIsAProtocolTypeAndEveryEnumMatchesTheModel() throws Exception {
        Iterator<Map.Entry<String, JsonNode>> schemas = spec.path("components").path("schemas").fields();
        int checked = 0;
        while (schemas.hasNext()) {
            Map.Entry<String, JsonNode> entry = schemas.next();
            JsonNode schema = entry.getValue();
            if (schema.has("enum")) {
                Class<?> enumType = enumClass(entry.getKey());
                List<String> names = new ArrayList<>();
                schema.path("enum").forEach(n -> names.add(n.asText()));
                List<String> constants = new ArrayList<>();
                for (Object constant : enumType.getEnumConstants()) {
                    constants.add(((Enum<?>) constant).name());
                }
                if (schema.path("x-open-enum").asBoolean()) {
                    // An open enum's OTHER holds names a later server adds; the contract never sends it.
                    assertThat(constants).as(entry.getKey()).contains("OTHER");
                    constants.remove("OTHER");
                }
                assertThat(names).as(entry.getKey()).containsExactlyElementsOf(constants);
            } else {
                Class<?> type = Class.forName("id.penghubung.protocol." + entry.getKey());
                assertThat(type.isRecord()).as(entry.getKey()).isTrue();
                List<String> components = new ArrayList<>();
                for (var component : type.getRecordComponents()) {
                    components.add(component.getName());
                }
                List<String> properties = new ArrayList<>();
                schema.path("properties").fieldNames().forEachRemaining(properties::add);
                assertThat(properties).as(entry.getKey()).containsExactlyInAnyOrderElementsOf(components);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
    }

    private static Class<?> enumClass(String name) throws ClassNotFoundException {
        try {
            return Class.forName("id.penghubung.model." + name);
        } catch (ClassNotFoundException e) {
            return Class.forName("id.penghubung.protocol." + name);
        }
    }

    /** Media type objects with a schema $ref and examples, anywhere in the document. */
    private static void collect(JsonNode node, String path, List<Example> out) {
        if (node.isObject()) {
            JsonNode ref = node.path("schema").path("$ref");
            if (ref.isTextual() && node.has("examples")) {
                String schema = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
                node.path("examples").fields().forEachRemaining(e ->
                        out.add(new Example(path + "/" + e.getKey(), schema, e.getValue().path("value"))));
            }
            node.fields().forEachRemaining(e -> collect(e.getValue(), path + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
    }
}
