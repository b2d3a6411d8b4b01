package id.penghubung.ui.intake;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.Problem;
import id.penghubung.store.SimilarCandidate;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The intake form's window ("Catat pengaduan"): the fields on the left, the complaints that look the
 * same on the right. Closing the window keeps what was typed (the view model lives with the desk).
 */
public final class IntakeView {
    private final IntakeViewModel vm;
    private final Messages m;
    private Stage stage;

    public IntakeView(IntakeViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(m.get("ui.intake.title"));
            stage.setScene(new Scene(root(), 980, 640));
            if (owner != null && owner.getScene() != null) {
                stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        stage.show();
        stage.toFront();
    }

    VBox root() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        TextField title = field("intakeTitle", vm.title);
        form.addRow(row++, label("ui.intake.field.title"), title);
        TextArea body = new TextArea();
        body.setId("intakeBody");
        body.setWrapText(true);
        body.setPrefRowCount(6);
        body.setPromptText(m.get("ui.intake.prompt.body"));
        body.textProperty().bindBidirectional(vm.body);
        form.addRow(row++, label("ui.intake.field.body"), body);
        ComboBox<String> category = new ComboBox<>(FXCollections.observableArrayList(vm.categories().keySet().stream().sorted().toList()));
        category.setId("intakeCategory");
        category.setConverter(names(vm.categories()));
        category.valueProperty().addListener((o, was, now) -> vm.categoryId.set(now == null ? "" : now));
        form.addRow(row++, label("ui.intake.field.category"), category);
        ComboBox<Classification> classification = new ComboBox<>(FXCollections.observableArrayList(
                Classification.PENGADUAN, Classification.ASPIRASI, Classification.PERMINTAAN_INFORMASI));
        classification.setConverter(labels());
        classification.valueProperty().bindBidirectional(vm.classification);
        ComboBox<Channel> channel = new ComboBox<>(FXCollections.observableArrayList(Create.CHANNELS));
        channel.setId("intakeChannel");
        channel.setConverter(labels());
        channel.valueProperty().bindBidirectional(vm.channel);
        DatePicker received = new DatePicker();
        received.setId("intakeReceived");
        received.valueProperty().bindBidirectional(vm.received);
        form.addRow(row++, label("ui.intake.field.classification"), new HBox(8, classification, label("ui.intake.field.channel"),
                channel, label("ui.intake.field.received"), received));
        TextField province = field("intakeProvince", vm.provinceId);
        province.setPrefColumnCount(4);
        province.setPromptText(m.get("ui.intake.prompt.province"));
        TextField regency = field("intakeRegency", vm.regency);
        regency.setPromptText(m.get("ui.intake.prompt.regency"));
        TextField district = field("intakeDistrict", vm.district);
        district.setPromptText(m.get("ui.intake.prompt.district"));
        TextField village = field("intakeVillage", vm.village);
        village.setPromptText(m.get("ui.intake.prompt.village"));
        form.addRow(row++, label("ui.intake.field.province"), new HBox(8, province, regency, district, village));
        form.addRow(row++, label("ui.intake.field.detail"), field("intakeDetail", vm.detail));
        CheckBox anonymous = new CheckBox(m.get("ui.intake.field.anonymous"));
        anonymous.setId("intakeAnonymous");
        anonymous.selectedProperty().bindBidirectional(vm.anonymous);
        form.addRow(row++, new Label(), anonymous);
        HBox reporter = new HBox(8, field("intakeReporterName", vm.reporterName), field("intakeReporterPhone", vm.reporterPhone),
                field("intakeReporterEmail", vm.reporterEmail), field("intakeReporterNik", vm.reporterNik));
        reporter.disableProperty().bind(vm.anonymous);
        form.addRow(row++, label("ui.intake.field.reporter"), reporter);
        ((TextField) reporter.getChildren().get(0)).setPromptText(m.get("ui.intake.prompt.name"));
        ((TextField) reporter.getChildren().get(1)).setPromptText(m.get("ui.intake.prompt.phone"));
        ((TextField) reporter.getChildren().get(2)).setPromptText(m.get("ui.intake.prompt.email"));
        ((TextField) reporter.getChildren().get(3)).setPromptText(m.get("ui.intake.prompt.nik"));

        Label problems = new Label();
        problems.setId("intakeProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        vm.problems().addListener((ListChangeListener<Problem>) c -> problems.setText(vm.problems().stream()
                .map(p -> m.get(p.messageKey(), p.args().toArray())).distinct().collect(Collectors.joining("\n"))));
        Label queued = new Label();
        queued.setId("intakeQueued");
        vm.queuedTitle().addListener((o, was, now) -> queued.setText(now.isEmpty() ? "" : m.get("ui.intake.queued", now)));
        Button queue = new Button(m.get("ui.action.queue"));
        queue.setId("intakeQueue");
        queue.setDefaultButton(true);
        queue.setOnAction(e -> vm.queue());

        ListView<SimilarCandidate> similar = new ListView<>(vm.similar());
        similar.setId("intakeSimilar");
        similar.setPlaceholder(new Label(m.get("ui.intake.similar.none")));
        similar.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SimilarCandidate c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : m.get("ui.intake.similar.line", c.trackingId(), Math.round(c.score() * 100)));
            }
        });
        VBox side = new VBox(6, new Label(m.get("ui.intake.similar.title")), similar);
        side.setPrefWidth(300);
        side.setMinWidth(260);
        VBox.setVgrow(similar, Priority.ALWAYS);
        HBox columns = new HBox(12, form, side);
        HBox.setHgrow(form, Priority.ALWAYS);
        VBox root = new VBox(10, columns, problems, new HBox(12, queue, queued));
        root.setPadding(new Insets(12));
        root.setId("intakeForm");
        return root;
    }

    private Label label(String key) {
        Label l = new Label(m.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        HBox.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private <E extends Enum<E>> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : m.label(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    private static StringConverter<String> names(Map<String, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : names.getOrDefault(id, id);
            }

            @Override
            public String fromString(String s) {
                return names.entrySet().stream().filter(e -> e.getValue().equals(s)).map(Map.Entry::getKey).findFirst().orElse(s);
            }
        };
    }

}
