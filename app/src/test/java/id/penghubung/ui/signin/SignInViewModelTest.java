package id.penghubung.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in form without the toolkit: distinct messages, the password never kept. */
class SignInViewModelTest {
    @TempDir
    Path dir;

    private final List<String> seenPasswords = new ArrayList<>();
    private final List<char[]> passedArrays = new ArrayList<>();

    private SignInViewModel vm(SignInService.Result answer) {
        SignInService service = (url, user, password) -> {
            seenPasswords.add(new String(password));
            passedArrays.add(password);
            return answer;
        };
        return new SignInViewModel(Messages.indonesian(), service, Runnable::run, Runnable::run,
                List.of(new SignInService.DemoAccount("penghubung", "latihan123", "OFFICER")));
    }

    @Test
    void wrongPasswordAndUnreachableServerSayDifferentThings() {
        SignInViewModel wrong = vm(new SignInService.WrongPassword());
        wrong.serverProperty().set("http://127.0.0.1:1");
        wrong.useDemo(wrong.demoAccounts().get(0));
        assertThat(wrong.signIn()).isTrue();
        String wrongText = wrong.errorProperty().get();

        SignInViewModel unreachable = vm(new SignInService.Unreachable("connection refused"));
        unreachable.serverProperty().set("http://127.0.0.1:1");
        unreachable.usernameProperty().set("penghubung");
        unreachable.passwordProperty().set("x");
        unreachable.signIn();
        String unreachableText = unreachable.errorProperty().get();

        assertThat(wrongText).isEqualTo("Nama pengguna atau kata sandi salah.");
        assertThat(unreachableText).contains("tidak dapat dihubungi").contains("connection refused");
    }

    @Test
    void thePasswordIsClearedFromTheFormAndWipedAfterTheCall() {
        SignInViewModel vm = vm(new SignInService.WrongPassword());
        vm.serverProperty().set("http://127.0.0.1:1");
        vm.usernameProperty().set("penghubung");
        vm.passwordProperty().set("latihan123");
        vm.signIn();
        assertThat(seenPasswords).containsExactly("latihan123");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(new String(passedArrays.get(0))).isEqualTo("\0".repeat(10));
    }

    @Test
    void missingFieldsAreNamedAndNothingIsCalled() {
        SignInViewModel vm = vm(new SignInService.WrongPassword());
        vm.usernameProperty().set("penghubung");
        assertThat(vm.signIn()).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("Isi alamat server");
        assertThat(seenPasswords).isEmpty();
    }

    @Test
    void aSuccessfulSignInHandsTheDeskItsParts() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 10);
        Desk.Parts parts = DeskFixture.parts(file);
        try {
            SignInViewModel vm = vm(new SignInService.SignedIn(parts, true));
            List<Object> got = new ArrayList<>();
            vm.setOnSignedIn((p, offline) -> {
                got.add(p);
                got.add(offline);
            });
            vm.serverProperty().set("http://127.0.0.1:8080");
            vm.usernameProperty().set("penghubung");
            vm.passwordProperty().set("latihan123");
            vm.signIn();
            assertThat(got).containsExactly(parts, true);
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.busyProperty().get()).isFalse();
        } finally {
            parts.store().close();
        }
    }
}
