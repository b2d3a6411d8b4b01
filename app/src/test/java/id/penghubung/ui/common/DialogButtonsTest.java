package id.penghubung.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.control.ButtonBar.ButtonData;
import org.junit.jupiter.api.Test;

/**
 * JavaFX's stock buttons and alerts read "OK", "Cancel", "Close" whatever the desk's language: every
 * dialog's buttons come from {@link Dialogs} and the bundles.
 */
class DialogButtonsTest {
    private static final Pattern STOCK = Pattern.compile(
            "ButtonType\\.(OK|CANCEL|CLOSE|YES|NO|APPLY|FINISH|NEXT|PREVIOUS)\\b|new\\s+Alert\\s*\\(");

    @Test
    void noDialogUsesJavaFxsStockButtons() throws IOException {
        Path main = Path.of("src/main/java");
        if (!Files.isDirectory(main)) {
            main = Path.of("app/src/main/java");
        }
        List<String> found;
        try (Stream<Path> files = Files.walk(main)) {
            found = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    List<String> lines = Files.readAllLines(p);
                    return java.util.stream.IntStream.range(0, lines.size())
                            .filter(i -> STOCK.matcher(lines.get(i)).find())
                            .mapToObj(i -> p.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(found).as("stock JavaFX buttons or alerts (use ui.common.Dialogs)").isEmpty();
    }

    @Test
    void theHelpersButtonsAreTheBundlesWords() {
        Messages id = Messages.of(Locale.of("id"));
        assertThat(Dialogs.close(id).getText()).isEqualTo("Tutup");
        assertThat(Dialogs.cancel(id).getText()).isEqualTo("Batal");
        assertThat(Dialogs.cancel(id).getButtonData()).isEqualTo(ButtonData.CANCEL_CLOSE);
        assertThat(Dialogs.close(Messages.of(Locale.ENGLISH)).getText()).isEqualTo("Close");
    }
}
