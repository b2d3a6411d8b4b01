package id.penghubung.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming tree reader gives the tree the mapper gives, node types included, and fails where it fails. */
class JsonTreeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSameTreeAsTheMapper() throws IOException {
        Path file = write("""
                {"format": 2, "cipher": "AES/GCM/NoPadding", "iterations": 3000000000, "big": 123456789012345678901234567890,
                 "ratio": 0.25, "exp": 1e3, "negative": -7, "yes": true, "no": false, "none": null, "empty": {}, "list": [],
                 "text": "Kab. Bandung \\u00e9 \\"quoted\\" \\n", "nested": {"days": [{"date": "2027-01-01", "off": true}, 1, "x",
                 [2, [3]]]}, "twice": 1, "twice": 2}
                """);
        JsonNode expected = MAPPER.readTree(file.toFile());
        JsonNode tree = JsonTree.read(file);
        assertThat(tree).isEqualTo(expected);
        assertThat(tree.toString()).isEqualTo(expected.toString());
        for (String field : new String[] {"format", "iterations", "big", "ratio", "exp", "negative", "none", "twice"}) {
            assertThat(tree.get(field).getClass()).as(field).isEqualTo(expected.get(field).getClass());
        }
        assertThat(tree.path("twice").asInt()).isEqualTo(2);
        // A JSON column read per row (a unit's or a reviewer's step) gives the same tree from its text.
        assertThat(JsonTree.parse(Files.readString(file))).isEqualTo(expected);
    }

    @Test
    void aTopLevelArrayOrValue() throws IOException {
        for (String json : new String[] {"[1, {\"a\": [true]}]", "\"text\"", "42", "null"}) {
            Path file = write(json);
            assertThat(JsonTree.read(file)).as(json).isEqualTo(MAPPER.readTree(file.toFile()));
        }
    }

    @Test
    void anEmptyFileIsMissingAsForTheMapper() throws IOException {
        Path file = write("  \n");
        assertThat(JsonTree.read(file).isMissingNode()).isTrue();
        assertThat(MAPPER.readTree(file.toFile()).isMissingNode()).isTrue();
    }

    @Test
    void damagedJsonFails() throws IOException {
        for (String json : new String[] {"{\"format\": 2,", "{\"format\" 2}", "[1, 2", "{\"a\": tru}"}) {
            Path file = write(json);
            assertThatThrownBy(() -> JsonTree.read(file)).as(json).isInstanceOf(JsonProcessingException.class);
            assertThatThrownBy(() -> MAPPER.readTree(file.toFile())).as(json).isInstanceOf(JsonProcessingException.class);
        }
    }

    private Path write(String json) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "tree", ".json"), json, StandardCharsets.UTF_8);
    }
}
