package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
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
        windowAt(1280, 720); // the headless screen is 1280×800: narrower than the 1366 laptop, so stricter
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

    /**
     * A 1366×768 laptop leaves the window about 700 px under its task bar and title bar (issue 15, "every control
     * readable and reachable"; run at 680): the status bar (connected, last sync, waiting actions) stays whole at
     * the window's foot, and the sidebar scrolls to its last entry instead of pushing the status bar off the screen.
     */
    @Test
    void onALaptopsHeightTheStatusBarStaysWholeAndTheSidebarScrolls() throws Exception {
        startApp();
        windowAt(1280, 680);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> table().getItems().size() > 1 && !table().getItems().get(1).loading());
        WaitForAsyncUtils.waitForFxEvents();
        double sceneHeight = table().getScene().getHeight();
        assertThat(sceneHeight).isEqualTo(680);
        Node bar = robot.lookup("#statusBar").query();
        Bounds status = bar.localToScene(bar.getLayoutBounds());
        assertThat(status.getMaxY()).as("the status bar's foot is inside the window").isLessThanOrEqualTo(sceneHeight + 0.5);
        Node connection = robot.lookup("#connection").query();
        assertThat(connection.localToScene(connection.getLayoutBounds()).getMaxY()).isLessThanOrEqualTo(sceneHeight + 0.5);

        ScrollPane sidebar = robot.lookup("#sidebarScroll").queryAs(ScrollPane.class);
        robot.interact(() -> sidebar.setVvalue(sidebar.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        Node last = robot.lookup("#view-CONFLICTS").query();
        Bounds lastBounds = last.localToScene(last.getLayoutBounds());
        assertThat(lastBounds.getMaxY()).as("the sidebar's last view is reachable above the status bar")
                .isLessThanOrEqualTo(status.getMinY() + 0.5);
        assertThat(lastBounds.getMinY()).isGreaterThanOrEqualTo(0);
    }

    /**
     * On a 1366×768 laptop (run at 1280×720, the window under a task bar) the sidebar's views sit closer together so
     * that its last queues, the coordination ones a supervisor works from, are in sight without scrolling; on a
     * 1080-line screen they keep their room.
     */
    @Test
    void onALaptopTheCoordinationQueuesAreInSightWithoutScrolling() throws Exception {
        startApp();
        Stage stage = windowAt(1280, 720);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane sidebar = robot.lookup("#sidebarScroll").queryAs(ScrollPane.class);
        assertThat(sidebar.getVvalue()).isZero();
        Bounds viewport = sidebar.localToScene(sidebar.getLayoutBounds());
        for (String id : List.of("#view-AWAITING_UNITS", "#view-AWAITING_APPROVAL", "#view-RETURNED")) {
            Node view = robot.lookup(id).query();
            assertThat(view.localToScene(view.getLayoutBounds()).getMaxY()).as("%s in sight", id)
                    .isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
        }
        Node first = robot.lookup("#view-NEEDS_FOLLOW_UP").query();
        double compactRow = first.getLayoutBounds().getHeight();

        robot.interact(() -> stage.setHeight(1000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.getLayoutBounds().getHeight()).as("a tall window keeps the roomier rows").isGreaterThan(compactRow + 4);
    }

    /**
     * At 1366×768 with the sidebar open (issue 15; run 86 px narrower, 1280×768, the headless screen's width): every deadline badge lies inside the table's visible area and
     * the window, whole (the columns after the deadline give way); with the divider moved towards the detail pane,
     * its long texts wrap inside the pane instead of running out of it.
     */
    @Test
    void atLaptopWidthTheBadgesAreInsideTheTableAndTheDetailPaneWrapsWhenTheDividerMoves() throws Exception {
        startApp();
        windowAt(1280, 768); // the headless screen's width: stricter than the 1366 laptop
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> table().getItems().size() > 1 && !table().getItems().get(1).loading());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sidebarColumn").tryQuery()).as("the sidebar is open").hasValueSatisfying(n -> assertThat(n.isVisible()).isTrue());
        assertThat(table().getScene().getWidth()).isEqualTo(1280);

        Bounds tableArea = table().localToScene(table().getLayoutBounds());
        // What the rows show ends where the vertical scrollbar begins.
        double visibleRight = robot.from(table()).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == Orientation.VERTICAL && b.isVisible())
                .mapToDouble(b -> b.localToScene(b.getLayoutBounds()).getMinX()).min().orElse(tableArea.getMaxX());
        var badges = robot.lookup(".table-row-cell .badge").queryAllAs(Label.class).stream()
                .filter(l -> l.getStyleClass().stream().anyMatch(st -> st.startsWith("badge-overdue")
                        || st.equals("badge-soon") || st.equals("badge-ok") || st.equals("badge-stopped")))
                .filter(Label::isVisible).toList();
        assertThat(badges).isNotEmpty().allSatisfy(l -> {
            Bounds b = l.localToScene(l.getLayoutBounds());
            Text whole = new Text(l.getText());
            whole.setFont(l.getFont());
            assertThat(b.getWidth()).as("badge \"%s\" is not cut", l.getText())
                    .isGreaterThanOrEqualTo(whole.getLayoutBounds().getWidth());
            assertThat(b.getMaxX()).as("badge \"%s\" inside the table (right edge %s)", l.getText(), tableArea.getMaxX())
                    .isLessThanOrEqualTo(visibleRight);
            assertThat(b.getMaxX()).isLessThanOrEqualTo(table().getScene().getWidth());
        });

        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#detailBody").queryAs(Label.class).getText().isEmpty());
        SplitPane main = robot.lookup("#mainSplit").queryAs(SplitPane.class);
        robot.interact(() -> main.setDividerPosition(main.getDividers().size() - 1, 0.8));
        WaitForAsyncUtils.waitForFxEvents();
        Node detail = robot.lookup("#detail").query();
        Bounds pane = detail.localToScene(detail.getLayoutBounds());
        assertThat(pane.getWidth()).as("the detail pane is narrow now").isLessThan(330);
        var texts = robot.from(detail).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).filter(l -> l.getText() != null && l.getText().length() > 30).toList();
        assertThat(texts).isNotEmpty().allSatisfy(l -> {
            Bounds b = l.localToScene(l.getLayoutBounds());
            assertThat(b.getMaxX()).as("\"%s\" stays inside the detail pane", l.getText())
                    .isLessThanOrEqualTo(pane.getMaxX() + 0.5);
            Node shown = l.lookup(".text");
            assertThat(shown).isInstanceOf(Text.class);
            assertThat(((Text) shown).getText()).as("not cut with an ellipsis").isEqualTo(l.getText());
        });
        Label body = robot.lookup("#detailBody").queryAs(Label.class);
        Text oneLine = new Text(body.getText());
        oneLine.setFont(body.getFont());
        assertThat(body.getHeight()).as("the body wraps onto several lines").isGreaterThan(oneLine.getLayoutBounds().getHeight() * 1.5);
    }
}
