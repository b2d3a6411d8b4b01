package id.penghubung.ui.signin;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.Product;
import id.penghubung.ui.common.ViewSubscriptions;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The sign-in card; with the demo, the training accounts are listed and one click fills them in. */
public final class SignInView {
    private final StackPane root = new StackPane();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final SignInViewModel vm;
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();

    public SignInView(SignInViewModel vm) {
        this.vm = vm;
        Messages messages = vm.messages();
        Label title = new Label(Product.NAME);
        title.getStyleClass().add("signin-title");
        Label subtitle = new Label(messages.get("ui.signin.subtitle"));
        subtitle.setWrapText(true);
        TextField server = new TextField();
        server.setId("server");
        server.setPromptText(messages.get("ui.signin.server"));
        server.setAccessibleText(messages.get("ui.signin.server"));
        server.textProperty().bindBidirectional(vm.serverProperty());
        user.setId("username");
        user.setPromptText(messages.get("ui.signin.user"));
        user.setAccessibleText(messages.get("ui.signin.user"));
        user.textProperty().bindBidirectional(vm.usernameProperty());
        password.setId("password");
        password.setPromptText(messages.get("ui.signin.password"));
        password.setAccessibleText(messages.get("ui.signin.password"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setOnAction(e -> vm.signIn());
        // Shown only when the password was changed elsewhere since this computer last signed in.
        PasswordField previous = new PasswordField();
        previous.setId("previousPassword");
        previous.setPromptText(messages.get("ui.signin.previousPassword"));
        previous.setAccessibleText(messages.get("ui.signin.previousPassword"));
        previous.textProperty().bindBidirectional(vm.previousPasswordProperty());
        previous.setOnAction(e -> vm.signIn());
        previous.visibleProperty().bind(vm.previousNeededProperty());
        previous.managedProperty().bind(vm.previousNeededProperty());
        Label error = new Label();
        error.setId("signinError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button signIn = Icons.button(MaterialDesignL.LOGIN, messages.get("ui.signin.button"));
        signIn.setId("signIn");
        signIn.getStyleClass().add("accent");
        signIn.setDefaultButton(true);
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(vm.busyProperty());
        signIn.setOnAction(e -> vm.signIn());
        // Offered only after a sign-in found this computer's copy damaged (the error says what is kept).
        Button rebuild = Icons.button(MaterialDesignD.DATABASE_REFRESH, messages.get("ui.signin.rebuild"));
        rebuild.setId("rebuildCache");
        rebuild.setMaxWidth(Double.MAX_VALUE);
        rebuild.visibleProperty().bind(vm.rebuildOfferedProperty());
        rebuild.managedProperty().bind(vm.rebuildOfferedProperty());
        rebuild.disableProperty().bind(vm.busyProperty());
        rebuild.setOnAction(e -> vm.rebuildAndSignIn());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(24, 24);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());

        VBox card = new VBox(12, title, subtitle, server, user, password, previous, error, signIn, rebuild, busy);
        card.getStyleClass().add("signin-card");
        card.setId("signinCard");
        if (!vm.demoAccounts().isEmpty()) {
            VBox demo = new VBox(4, new Label(messages.get("ui.signin.demoAccounts")));
            demo.getStyleClass().add("demo-accounts");
            for (SignInPort.DemoAccount a : vm.demoAccounts()) {
                Hyperlink link = new Hyperlink(messages.get("ui.signin.demoAccount", a.username(), a.password(), a.role()));
                link.setOnAction(e -> vm.useDemo(a));
                demo.getChildren().add(link);
            }
            card.getChildren().add(demo);
        }
        // The other language, right on the sign-in card: its name in that language ("English").
        Hyperlink language = new Hyperlink(messages.get("ui.signin.otherLanguage"));
        language.setId("signinLanguage");
        language.setGraphic(Icons.icon(MaterialDesignW.WEB));
        language.setOnAction(e -> vm.switchLanguage());
        card.getChildren().add(language);
        // The card keeps its own height, centred, instead of stretching over the whole window.
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        root.setId("signin");
    }

    public void activate() {
        subscriptions.onChange(vm.previousNeededProperty(), (o, a, b) -> {
            if (b) {
                password.requestFocus();
            }
        });
        user.requestFocus();
    }

    public void deactivate() {
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }
}
