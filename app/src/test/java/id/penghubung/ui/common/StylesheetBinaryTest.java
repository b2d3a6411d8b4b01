package id.penghubung.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.css.parser.Css2Bin;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's stylesheet ships with its binary form beside it (issue 19): given {@code penghubung.css}, JavaFX loads
 * {@code penghubung.bss} when there is one, so no start parses CSS text (the CSS lexer was the largest method the
 * JIT compiled at the desk's start). The binary must be the text's, or the desk would show an old style.
 */
class StylesheetBinaryTest {
    private static final String BINARY = Theme.STYLESHEET.replaceAll("\\.css$", ".bss");

    @Test
    void theShippedBinaryIsTheStylesheetConverted(@TempDir Path dir) throws Exception {
        Path css = dir.resolve("penghubung.css");
        try (InputStream text = Objects.requireNonNull(Theme.class.getResourceAsStream(Theme.STYLESHEET))) {
            Files.copy(text, css);
        }
        Path converted = dir.resolve("penghubung.bss");
        Css2Bin.convertToBinary(css.toString(), converted.toString());
        byte[] shipped;
        try (InputStream binary = Theme.class.getResourceAsStream(BINARY)) {
            assertThat(binary).as("%s beside the stylesheet", BINARY).isNotNull();
            shipped = binary.readAllBytes();
        }
        assertThat(shipped)
                .as("resources/css/penghubung.bss is not penghubung.css converted: run java -cp <javafx-graphics jars> "
                        + "com.sun.javafx.css.parser.Css2Bin resources/css/penghubung.css resources/css/penghubung.bss")
                .isEqualTo(Files.readAllBytes(converted));
    }
}
