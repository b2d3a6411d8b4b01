package id.penghubung.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.css.parser.Css2Bin;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's stylesheet ships with its binary form beside it (issue 19): given {@code penghubung.css}, JavaFX loads
 * {@code penghubung.bss} when there is one, so no start parses CSS text (the CSS lexer was the largest method the
 * JIT compiled at the desk's start). The binary must say what the text says, or the desk would show an old style.
 * Compared rule by rule, both read back the same way: the converter's bytes differ from JVM to JVM (the order of
 * its string table), the rules do not.
 */
class StylesheetBinaryTest {
    private static final String BINARY = Theme.STYLESHEET.replaceAll("\\.css$", ".bss");

    @Test
    void theShippedBinaryHasTheStylesheetsRules(@TempDir Path dir) throws Exception {
        Path css = dir.resolve("penghubung.css");
        try (InputStream text = Objects.requireNonNull(Theme.class.getResourceAsStream(Theme.STYLESHEET))) {
            Files.copy(text, css);
        }
        Path converted = dir.resolve("penghubung.bss");
        Css2Bin.convertToBinary(css.toString(), converted.toString());
        URL shipped = Theme.class.getResource(BINARY);
        assertThat(shipped).as("%s beside the stylesheet", BINARY).isNotNull();

        List<String> expected = rules(Stylesheet.loadBinary(converted.toUri().toURL()));
        assertThat(expected).as("the stylesheet has rules").hasSizeGreaterThan(50);
        assertThat(rules(Stylesheet.loadBinary(shipped)))
                .as("resources/css/penghubung.bss is not penghubung.css converted: run java -cp <javafx-graphics jars> "
                        + "com.sun.javafx.css.parser.Css2Bin resources/css/penghubung.css resources/css/penghubung.bss")
                .containsExactlyElementsOf(expected);
    }

    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(Rule::toString).toList();
    }
}
