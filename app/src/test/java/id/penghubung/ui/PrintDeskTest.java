package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.store.AuditEntry;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxRow;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.print.PrintViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Printing from the desk, headless, on a real case store: three rows chosen with click and
 * Shift+click, Ctrl+P, "Simpan sebagai PDF" into a folder of the test, and the PDF holds exactly
 * those three case files; the audit log says so without a reporter's identity.
 */
class PrintDeskTest extends StoreDesk {

    @TempDir
    Path out;

    @BeforeAll
    static void fillStore() {
        openOn(400);
    }

    private Node row(int index) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getIndex() == index
                && r.getItem() != null).query();
    }

    @Test
    void selectedRowsPrintToOnePdfWithEachTrackingId() throws Exception {
        startApp();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> table().getItems().size() > 3 && !table().getItems().get(2).loading());
        Path target = out.resolve("berkas-pilihan.pdf");
        robot.interact(() -> app.mainWindow().orElseThrow().setPrintTarget((owner, folder, name, messages) -> {
            assertThat(folder).isFalse();
            assertThat(name).endsWith(".pdf");
            return Optional.of(target);
        }));

        robot.clickOn(row(0));
        robot.press(KeyCode.SHIFT).clickOn(row(2)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getSelectionModel().getSelectedIndices()).containsExactly(0, 1, 2);
        List<InboxRow> chosen = table().getSelectionModel().getSelectedItems().stream()
                .map(l -> l.row().orElseThrow()).toList();

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#printScopeSelected").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#printScopeSelected").queryAs(RadioButton.class).getText()).contains("3");
        assertThat(robot.lookup("#printNotes").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#printDirect").query().isVisible()).as("print without saving first").isTrue();
        if (!id.penghubung.ui.print.FxPagePrinter.available()) {
            robot.clickOn("#printDirect");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#printStatus").queryAs(Label.class).getText())
                    .isEqualTo("Tidak ada printer di komputer ini. Simpan sebagai PDF, lalu cetak dari komputer lain"
                            + " atau pasang printer dulu.");
        }
        robot.clickOn("#printSave");

        PrintViewModel print = app.mainWindow().orElseThrow().print();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> print.outcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(print.outcomeProperty().get().written()).isEqualTo(3);
        assertThat(robot.lookup("#printStatus").queryAs(Label.class).getText()).contains("berkas-pilihan.pdf");
        assertThat(robot.lookup("#printOpen").query().isVisible()).isTrue();
        assertThat(robot.lookup("#printToPrinter").query().isVisible()).isTrue();
        assertThat(robot.lookup("#printDirect").query().isVisible()).isFalse();

        assertThat(target).exists();
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).hasSize(3);
            for (InboxRow r : chosen) {
                assertThat(text).contains(r.trackingId().toString());
            }
        }
        // Build machines have no printer: "Cetak ke printer" says so instead of failing.
        if (!id.penghubung.ui.print.FxPagePrinter.available()) {
            robot.clickOn("#printToPrinter");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#printStatus").queryAs(Label.class).getText()).startsWith("Tidak ada printer");
        }
        try (CaseStore store = CaseStore.open(store(), Desk.deadlineIndex(DeskFixture.CLOCK), DeskFixture.CLOCK)) {
            AuditEntry entry = store.auditLog(10).stream().filter(e -> e.action().equals("PRINT")).findFirst().orElseThrow();
            assertThat(entry.detail()).startsWith("count=3; cases=#").endsWith("; to=berkas-pilihan.pdf; identities=no");
        }
    }
}
