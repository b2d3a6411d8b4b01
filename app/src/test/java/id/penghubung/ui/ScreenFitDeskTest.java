package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk on a laptop screen (1280×720 headless, narrower than 1366×768) (issue 15, "fits the screens offices have"): the search prompt is
 * whole, the table has a column chooser, the title keeps room and no deadline badge is cut.
 */
class ScreenFitDeskTest extends StoreDesk {
    @BeforeAll
    static void fillStore() {
        openOn(200);
    }

    @Test
    void atLaptopSizeTheSearchPromptTheTitlesAndTheBadgesAreWhole() throws Exception {
        startApp();
        Stage stage = (Stage) table().getScene().getWindow();
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1280); // the headless screen is 1280×800: narrower than the 1366 laptop, so stricter
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> table().getItems().size() > 1 && !table().getItems().get(1).loading());
        WaitForAsyncUtils.waitForFxEvents();

        TextField search = robot.lookup("#search").queryAs(TextField.class);
        Text prompt = new Text(search.getPromptText());
        prompt.setFont(search.getFont());
        assertThat(search.getWidth()).as("the prompt \"%s\" is whole", search.getPromptText())
                .isGreaterThan(prompt.getLayoutBounds().getWidth() + 16);
        assertThat(table().isTableMenuButtonVisible()).as("a column chooser").isTrue();
        assertThat(table().getColumns().stream().filter(c -> c.getText().equals("Judul")).findFirst().orElseThrow()
                .getWidth()).as("the title keeps room").isGreaterThanOrEqualTo(160);
        var badges = robot.lookup(".table-row-cell .badge").queryAllAs(Label.class).stream()
                .filter(l -> l.getStyleClass().stream().anyMatch(s -> s.startsWith("badge-overdue")
                        || s.equals("badge-soon") || s.equals("badge-ok") || s.equals("badge-stopped")))
                .filter(Label::isVisible).toList();
        assertThat(badges).isNotEmpty().allSatisfy(l -> {
            Text whole = new Text(l.getText());
            whole.setFont(l.getFont());
            assertThat(l.getWidth()).as("badge \"%s\" is not cut", l.getText())
                    .isGreaterThanOrEqualTo(whole.getLayoutBounds().getWidth());
        });
    }
}
