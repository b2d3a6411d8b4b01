package id.penghubung.ui.signin;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.OfficerText;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sign-in screen: server address (remembered), user, password. Wrong password and an
 * unreachable server are different messages. The password lives only in the field and the call;
 * it is cleared after every attempt and never stored.
 */
public final class SignInViewModel {
    private final Messages messages;
    private final SignInPort service;
    private final Executor background;
    private final Executor ui;
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty previousPassword = new SimpleStringProperty("");
    /** True once the server said the local data is still locked with the previous password. */
    private final BooleanProperty previousNeeded = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** True after a sign-in found this computer's copy damaged: the rebuild is offered. */
    private final BooleanProperty rebuildOffered = new SimpleBooleanProperty(false);
    private final ObservableList<SignInPort.DemoAccount> demoAccounts = FXCollections.observableArrayList();
    private BiConsumer<Desk.Parts, Boolean> onSignedIn = (p, offline) -> { };
    private Consumer<String> onLanguage = lang -> { };

    public SignInViewModel(Messages messages, SignInPort service, Executor background, Executor ui,
            List<SignInPort.DemoAccount> demo) {
        this.messages = Objects.requireNonNull(messages);
        this.service = Objects.requireNonNull(service);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        demoAccounts.setAll(demo);
    }

    /** Fills user and password from a demo account (training server only). */
    public void useDemo(SignInPort.DemoAccount account) {
        username.set(account.username());
        password.set(account.password());
    }

    /**
     * The image build's training run of the desk's start (the AOT cache, decision 0017): signs in with the first demo
     * account by itself, so that the training covers the signed-in desk and not the sign-in card only. False, and
     * nothing done, without a demo account (a real server's sign-in is never filled in).
     */
    public boolean signInForTraining() {
        if (demoAccounts.isEmpty()) {
            return false;
        }
        useDemo(demoAccounts.get(0));
        return signIn();
    }

    /** Starts the sign-in; false when a field is missing (the error says which). */
    public boolean signIn() {
        return start(false);
    }

    /**
     * Offered once a sign-in found this computer's copy damaged: keeps the local work (drafts, unsent actions,
     * audit log), rebuilds the copy from the server and signs in; the password is asked again.
     */
    public boolean rebuildAndSignIn() {
        return rebuildOffered.get() && start(true);
    }

    /**
     * The desk found this computer's copy damaged while it was open and the officer chose the rebuild: the
     * sign-in screen says so and offers it, as after a sign-in that met the damage.
     */
    public void offerRebuild() {
        rebuildOffered.set(true);
        error.set(messages.get("ui.signin.damaged"));
    }

    private boolean start(boolean rebuild) {
        if (busy.get()) {
            return false;
        }
        String url = server.get() == null ? "" : server.get().strip();
        String user = username.get() == null ? "" : username.get().strip();
        boolean withPrevious = previousNeeded.get();
        if (url.isEmpty() || user.isEmpty() || password.get() == null || password.get().isEmpty()) {
            error.set(messages.get("ui.signin.missing"));
            return false;
        }
        if (withPrevious && (previousPassword.get() == null || previousPassword.get().isEmpty())) {
            error.set(messages.get("ui.signin.previousMissing"));
            return false;
        }
        char[] secret = password.get().toCharArray();
        char[] previous = withPrevious ? previousPassword.get().toCharArray() : null;
        password.set("");
        previousPassword.set("");
        error.set("");
        busy.set(true);
        background.execute(() -> {
            SignInPort.Result result;
            RuntimeException failure = null;
            try {
                result = rebuild ? service.rebuildAndSignIn(url, user, secret)
                        : previous == null ? service.signIn(url, user, secret)
                        : service.signIn(url, user, secret, previous);
            } catch (RuntimeException e) {
                failure = e;
                // The server answered or was never needed: a failure here is this computer's (a damaged or
                // newer cache, a full disk), in the officer's words, never "server unreachable".
                result = OfficerText.isDamagedCache(e) ? new SignInPort.Refused("ui.signin.damaged", List.of())
                        : new SignInPort.Refused(OfficerText.isUnusableCache(e) ? "ui.signin.cacheUnusable"
                        : "ui.signin.failed", List.of(OfficerText.of(messages, e)));
            } finally {
                Arrays.fill(secret, '\0');
                if (previous != null) {
                    Arrays.fill(previous, '\0');
                }
            }
            SignInPort.Result r = result;
            boolean damaged = failure != null && OfficerText.isDamagedCache(failure);
            ui.execute(() -> {
                rebuildOffered.set(damaged);
                finish(r);
            });
        });
        return true;
    }

    private void finish(SignInPort.Result result) {
        busy.set(false);
        switch (result) {
            case SignInPort.SignedIn s -> {
                previousNeeded.set(false);
                onSignedIn.accept(s.parts(), s.offline());
            }
            case SignInPort.WrongPassword w -> error.set(messages.get(previousNeeded.get()
                    ? "ui.signin.previousWrong" : "ui.signin.wrongPassword"));
            case SignInPort.PreviousPasswordNeeded p -> {
                previousNeeded.set(true);
                error.set(messages.get("security.signin.previousPassword") + " " + messages.get("ui.signin.previousExplain"));
            }
            case SignInPort.Unreachable u -> error.set(messages.get("ui.signin.unreachable", u.detail()));
            case SignInPort.Refused f -> error.set(messages.get(f.messageKey(), f.args().toArray()));
        }
    }

    public void setOnSignedIn(BiConsumer<Desk.Parts, Boolean> value) {
        onSignedIn = Objects.requireNonNull(value);
    }

    /** Where the choice of the other language goes ("id" or "en"); the screen is rebuilt in it. */
    public void setOnLanguage(Consumer<String> value) {
        onLanguage = Objects.requireNonNull(value);
    }

    /** The other language than this screen's: Indonesian ↔ English. */
    public String otherLanguage() {
        return messages.locale().getLanguage().equals("en") ? "id" : "en";
    }

    /** The officer chose the other language. */
    public void switchLanguage() {
        onLanguage.accept(otherLanguage());
    }

    /** Carries what was typed (server, name, passwords) into the screen rebuilt in another language. */
    public void takeOver(SignInViewModel before) {
        serverProperty().set(before.serverProperty().get());
        usernameProperty().set(before.usernameProperty().get());
        passwordProperty().set(before.passwordProperty().get());
        previousPasswordProperty().set(before.previousPasswordProperty().get());
        if (before.rebuildOffered.get()) {
            offerRebuild();
        }
    }

    public Messages messages() {
        return messages;
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The previous password, asked for only after {@link #previousNeededProperty()} turned true. */
    public StringProperty previousPasswordProperty() {
        return previousPassword;
    }

    public ReadOnlyBooleanProperty previousNeededProperty() {
        return previousNeeded;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty rebuildOfferedProperty() {
        return rebuildOffered;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<SignInPort.DemoAccount> demoAccounts() {
        return demoAccounts;
    }
}
