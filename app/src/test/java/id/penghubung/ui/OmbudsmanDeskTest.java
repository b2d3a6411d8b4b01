package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralServer;
import id.penghubung.store.InboxRow;
import id.penghubung.ui.app.DeskMode;
import id.penghubung.ui.inbox.Facet;
import id.penghubung.ui.inbox.LazyRowList;
import id.penghubung.ui.print.PrintViewModel;
import id.penghubung.ui.signin.SignInPort;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import id.penghubung.store.InboxView;
import id.penghubung.ui.ranking.RankingViewModel;
import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Ombudsman desk against the training server: signed in as {@code ombudsman}, the region's
 * complaints of several institutions fill a read-only desk (no action form, no local-work views),
 * with the institution column and filter; filtered to one institution and printed from there.
 */
class OmbudsmanDeskTest extends TrainingDesk {
    @TempDir
    Path out;

    @BeforeAll
    static void start() throws Exception {
        startServer(200);
    }

    private boolean loaded() {
        return robot.lookup("#inboxTable").tryQuery().isPresent() && !table().getItems().isEmpty()
                && table().getItems().stream().noneMatch(LazyRowList.Line::loading);
    }

    @Test
    void ombudsmanSeesTheRegionReadOnlyAndPrintsOneInstitution() throws Exception {
        id.penghubung.sync.SignInService sync = syncSignIn();
        openSignIn(sync, url, new SignInPort.DemoAccount("ombudsman", "latihan123", "OMBUDSMAN"));
        robot.clickOn("#username").write("ombudsman");
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, this::loaded);

        var window = app.mainWindow().orElseThrow();
        assertThat(window.mode()).isEqualTo(DeskMode.OMBUDSMAN);
        // Read-only: no action form, no local-work views, no outbox count in the status bar.
        for (String id : List.of("#actionForm", "#actionText", "#queue", "#pending", "#view-DRAFTS", "#view-OUTBOX",
                "#view-CONFLICTS", "#view-NEEDS_FOLLOW_UP")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isEmpty();
        }
        for (String id : List.of("#view-ALL", "#view-OVERDUE", "#view-DUE_SOON", "#view-COMPLETED", "#view-ARCHIVED")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        assertThat(table().getColumns()).anyMatch(c -> c.getText().equals("Instansi"));
        Set<String> institutions = table().getItems().stream().map(l -> l.row().orElseThrow().agencyName())
                .collect(Collectors.toSet());
        assertThat(institutions).as("the region across institutions").hasSizeGreaterThan(1);

        // One institution, through the filter the officer sees.
        @SuppressWarnings("unchecked")
        ComboBox<Facet> agency = robot.lookup("#filterAgency").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> agency.getItems().size() > 1);
        Facet first = agency.getItems().getFirst();
        robot.interact(() -> agency.setValue(first));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> loaded()
                && table().getItems().stream().allMatch(l -> l.row().orElseThrow().agencyName().equals(first.name())));
        List<InboxRow> shown = table().getItems().stream().map(l -> l.row().orElseThrow()).toList();

        Path target = out.resolve("instansi.pdf");
        robot.interact(() -> window.setPrintTarget((owner, folder, name, messages) -> Optional.of(target)));
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printDialog").tryQuery().isPresent());
        assertThat(window.print().scopeProperty().get()).isEqualTo(PrintViewModel.Scope.VIEW);
        // Issue 15: the Ombudsman never has internal notes, so the dialog offers none; identities are off by default.
        assertThat(onFx(() -> robot.lookup("#printNotes").tryQuery())).as("no internal-notes option").isEmpty();
        assertThat(onFx(() -> robot.lookup("#printIdentities").queryAs(javafx.scene.control.CheckBox.class).isSelected()))
                .as("without identities by default").isFalse();
        robot.clickOn("#printSave");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.print().outcomeProperty().get() != null);
        assertThat(window.print().outcomeProperty().get().written()).isEqualTo(shown.size());
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            shown.forEach(r -> assertThat(text).contains(r.trackingId().toString()));
        }
    }

    /**
     * Peringkat instansi: a double click on an institution with complaints past their deadline opens the
     * inbox on exactly those complaints (that institution, "Lewat batas"), as many as its row says.
     */
    @Test
    void aDoubleClickInTheRankingOpensThatInstitutionsOverdueComplaints() throws Exception {
        id.penghubung.sync.SignInService sync = syncSignIn();
        openSignIn(sync, url, new SignInPort.DemoAccount("ombudsman", "latihan123", "OMBUDSMAN"));
        robot.clickOn("#username").write("ombudsman");
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, this::loaded);
        var window = app.mainWindow().orElseThrow();
        robot.interact(() -> window.showDashboard(true));
        TabPane tabs = robot.lookup("#dashboardTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        TableView<RankingViewModel.Row> ranking = robot.lookup("#rankingTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !ranking.getItems().isEmpty());
        RankingViewModel.Row late = ranking.getItems().stream().filter(r -> r.overdueOpen() > 0)
                .max(Comparator.comparingInt(RankingViewModel.Row::overdueOpen)).orElseThrow();
        robot.interact(() -> ranking.scrollTo(late));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && late.equals(r.getItem()))
                .query();
        robot.doubleClickOn(cell);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#inboxTable").tryQuery()
                .filter(n -> n.getScene() != null && n.isVisible()).isPresent() && loaded()
                && window.inbox().viewProperty().get() == InboxView.OVERDUE
                && table().getItems().stream().allMatch(l -> l.row().orElseThrow().agencyName().equals(late.name())));
        assertThat(window.inbox().agencyFilterProperty().get().id()).isEqualTo(late.id());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table().getItems().size() == late.overdueOpen());
        assertThat(table().getItems()).hasSize(late.overdueOpen());
    }
}
