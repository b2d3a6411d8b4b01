package id.penghubung.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The paths of the OpenAPI document and {@link Endpoints} are the same set, and the code on both
 * sides of the wire (the client in {@code sync}, the training server in {@code central}, the
 * command line) takes every path from {@link Endpoints} instead of spelling one out.
 */
class EndpointsContractTest {
    private static final String DOCUMENT = "/penghubung/openapi/penghubung-v1.yaml";
    private static final Path MAIN = Path.of("src/main/java/id/penghubung");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void theDocumentAndEndpointsNameTheSamePaths() throws IOException {
        JsonNode spec = spec();
        assertThat(URI.create(spec.path("servers").path(0).path("url").asText()).getPath())
                .as("the document's server base").isEqualTo(Endpoints.API);
        Set<String> documented = new TreeSet<>();
        spec.path("paths").fieldNames().forEachRemaining(p -> documented.add(Endpoints.API + p));

        assertThat(declaredPaths()).isEqualTo(documented);
    }

    @Test
    void everyPathConstantOfEndpointsIsAPathOrAPrefixOfThem() throws IllegalAccessException {
        Set<String> paths = declaredPaths();
        for (Field field : Endpoints.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())
                    && field.getType() == String.class) {
                String value = (String) field.get(null);
                assertThat(paths.stream().anyMatch(p -> p.equals(value) || p.startsWith(value + "/")))
                        .as("Endpoints.%s = %s is documented", field.getName(), value).isTrue();
            }
        }
    }

    @Test
    void noMainCodeSpellsOutAProtocolPath() throws IOException {
        Set<String> segments = new TreeSet<>();
        for (String path : declaredPaths()) {
            for (String segment : path.split("/")) {
                if (!segment.isEmpty() && !segment.startsWith("{")) {
                    segments.add(segment);
                }
            }
        }
        Pattern spelled = Pattern.compile("(?:^|.*/)(?:" + String.join("|", segments) + ")(?:[/?].*)?");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.endsWith(Path.of("protocol/Endpoints.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                        continue;
                    }
                    Matcher literal = STRING.matcher(line);
                    while (literal.find()) {
                        String text = literal.group(1);
                        if (text.contains("/") && spelled.matcher(text).matches()) {
                            found.add(MAIN.relativize(file) + ":" + (i + 1) + ": \"" + text + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).as("protocol paths spelt out instead of taken from Endpoints").isEmpty();
    }

    @Test
    void theSourceCheckSeesASpeltOutPath() {
        Pattern spelled = Pattern.compile("(?:^|.*/)(?:api|changes)(?:[/?].*)?");
        assertThat(spelled.matcher("/api/v1/changes").matches()).isTrue();
        assertThat(spelled.matcher("/changes?limit=1").matches()).isTrue();
        assertThat(spelled.matcher("application/json").matches()).isFalse();
    }

    /** Every path {@link Endpoints} makes, in the document's template form. */
    private static Set<String> declaredPaths() {
        Set<String> paths = new TreeSet<>(List.of(Endpoints.LOGIN, Endpoints.REFRESH, Endpoints.CHANGES,
                Endpoints.ACTIONS, Endpoints.REFERENCE, Endpoints.PROVINCE_INDICATORS, Endpoints.attachment("{sha256}"),
                Endpoints.ADMIN_COMPLAINTS,
                Endpoints.ADMIN_COMPLAINTS + "/{id}"));
        Endpoints.ADMIN_STEPS.forEach(step -> paths.add(Endpoints.ADMIN_COMPLAINTS + "/{id}/" + step));
        return paths;
    }

    private static JsonNode spec() throws IOException {
        try (InputStream in = EndpointsContractTest.class.getResourceAsStream(DOCUMENT)) {
            assertThat(in).as(DOCUMENT).isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
