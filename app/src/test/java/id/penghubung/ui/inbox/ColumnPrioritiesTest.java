package id.penghubung.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.ui.TestWindow;
import id.penghubung.ui.common.ViewSubscriptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inbox's columns on the widths a desk meets, with the inbox's own widths and resize policy: on a wide screen
 * (the table ~990 px at 1920×1080) the title had only what the minimum widths of the columns after the deadline
 * left it (~210 px, "Usulan bank sampah di se…"); now the least important of them give way until the title has
 * room to read, but the status and the category never give way for it; on a laptop (the table ~640 px) the
 * tracking number, the title and the deadline stay whole, and on a very wide table everything is shown.
 */
class ColumnPrioritiesTest {
    @RegisterExtension
    static final TestWindow WINDOW = new TestWindow();

    private record Table(TableView<String> view, TableColumn<String, String> title, List<TableColumn<String, String>> after) { }

    private Table show(double width) throws Exception {
        Table t = WaitForAsyncUtils.asyncFx(() -> {
            TableView<String> view = new TableView<>();
            view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            view.setTableMenuButtonVisible(true);
            TableColumn<String, String> tracking = column("tracking", 100, 100);
            TableColumn<String, String> title = column("title", 280, InboxTableView.TITLE_MIN_WIDTH);
            TableColumn<String, String> deadline = column("deadline", InboxTableView.DEADLINE_WIDTH, InboxTableView.DEADLINE_WIDTH);
            List<TableColumn<String, String>> after = List.of(column("status", 130, 90), column("category", 140, 90),
                    column("unit", 120, 90), column("channel", 110, 90), column("submitted", 105, 90));
            view.getColumns().addAll(List.of(tracking, title, deadline));
            view.getColumns().addAll(after);
            view.getItems().add("x");
            WINDOW.show(new Scene(new StackPane(view), width, 400));
            new ColumnPriorities(view, after, title, InboxTableView.TITLE_READABLE_WIDTH, 2).activate(new ViewSubscriptions());
            return new Table(view, title, after);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    private static TableColumn<String, String> column(String name, double pref, double min) {
        TableColumn<String, String> c = new TableColumn<>(name);
        c.setPrefWidth(pref);
        c.setMinWidth(min);
        return c;
    }

    private static List<String> shown(Table t) {
        return t.after().stream().filter(TableColumn::isVisible).map(TableColumn::getText).toList();
    }

    @Test
    void onAWideScreenTheTitleHasRoomToRead() throws Exception {
        Table t = show(990);
        assertThat(t.title().getWidth()).as("the title's width").isGreaterThanOrEqualTo(InboxTableView.TITLE_READABLE_WIDTH);
        assertThat(shown(t)).startsWith("status", "category");
    }

    @Test
    void onALaptopTheTitleAndTheDeadlineStayWhole() throws Exception {
        Table t = show(640); // the table at 1366×768 with the sidebar open
        assertThat(shown(t)).isEmpty();
        assertThat(t.title().getWidth()).isGreaterThanOrEqualTo(InboxTableView.TITLE_MIN_WIDTH);
    }

    @Test
    void theStatusNeverGivesWayForTheTitlesSake() throws Exception {
        Table t = show(720);
        assertThat(shown(t)).containsExactly("status");
        assertThat(t.title().getWidth()).isGreaterThanOrEqualTo(InboxTableView.TITLE_MIN_WIDTH);
    }

    @Test
    void aVeryWideTableShowsEveryColumn() throws Exception {
        Table t = show(1500);
        assertThat(shown(t)).hasSize(5);
        assertThat(t.title().getWidth()).isGreaterThanOrEqualTo(InboxTableView.TITLE_READABLE_WIDTH);
    }
}
