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

    private SignInViewModel vm(SignInPort.Result answer) {
        SignInPort service = (url, user, password) -> {
            seenPasswords.add(new String(password));
            passedArrays.add(password);
            return answer;
        };
        return new SignInViewModel(Messages.indonesian(), service, Runnable::run, Runnable::run,
                List.of(new SignInPort.DemoAccount("penghubung", "latihan123", "OFFICER")));
    }

    @Test
    void aTrainingRunSignsInWithTheFirstDemoAccountAndNeverWithoutOne() {
        SignInViewModel demo = vm(new SignInPort.WrongPassword());
        demo.serverProperty().set("http://127.0.0.1:1");
        assertThat(demo.signInForTraining()).isTrue();
        assertThat(demo.usernameProperty().get()).isEqualTo("penghubung");
        assertThat(seenPasswords).containsExactly("latihan123");

        SignInViewModel real = new SignInViewModel(Messages.indonesian(), (url, user, password) -> {
            seenPasswords.add(new String(password));
            return new SignInPort.WrongPassword();
        }, Runnable::run, Runnable::run, List.of());
        real.serverProperty().set("http://127.0.0.1:1");
        assertThat(real.signInForTraining()).isFalse();
        assertThat(real.usernameProperty().get()).isEmpty();
        assertThat(seenPasswords).hasSize(1);
    }

    @Test
    void wrongPasswordAndUnreachableServerSayDifferentThings() {
        SignInViewModel wrong = vm(new SignInPort.WrongPassword());
        wrong.serverProperty().set("http://127.0.0.1:1");
        wrong.useDemo(wrong.demoAccounts().get(0));
        assertThat(wrong.signIn()).isTrue();
        String wrongText = wrong.errorProperty().get();

        SignInViewModel unreachable = vm(new SignInPort.Unreachable("connection refused"));
        unreachable.serverProperty().set("http://127.0.0.1:1");
        unreachable.usernameProperty().set("penghubung");
        unreachable.passwordProperty().set("x");
        unreachable.signIn();
        String unreachableText = unreachable.errorProperty().get();

        assertThat(wrongText).isEqualTo("Nama pengguna atau kata sandi salah.");
        assertThat(unreachableText).contains("tidak dapat dihubungi").contains("connection refused");
    }

    @Test
    void aNewerOrDamagedCacheAtSignInIsReportedAsSuchNeverAsAnUnreachableServer() {
        for (RuntimeException failure : List.of(
                new id.penghubung.store.StoreException("store.error.newerSchema", null, 9, 5),
                new IllegalStateException("opening", new id.penghubung.store.StoreException("store.error.damaged", null)))) {
            SignInPort service = (url, user, password) -> {
                throw failure;
            };
            SignInViewModel vm = new SignInViewModel(Messages.indonesian(), service, Runnable::run, Runnable::run, List.of());
            vm.serverProperty().set("http://127.0.0.1:1");
            vm.usernameProperty().set("penghubung");
            vm.passwordProperty().set("x");
            vm.signIn();
            String text = vm.errorProperty().get();
            assertThat(text).as(failure.toString()).doesNotContain("tidak dapat dihubungi").doesNotContain("store.error")
                    .doesNotContain("[").contains("data");
        }
    }

    @Test
    void thePasswordIsClearedFromTheFormAndWipedAfterTheCall() {
        SignInViewModel vm = vm(new SignInPort.WrongPassword());
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
        SignInViewModel vm = vm(new SignInPort.WrongPassword());
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
            SignInViewModel vm = vm(new SignInPort.SignedIn(parts, true));
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

    @Test
    void aPasswordChangedElsewhereAsksForThePreviousOneAndSignsInWithBoth() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 10);
        Desk.Parts parts = DeskFixture.parts(file);
        List<String> calls = new ArrayList<>();
        List<char[]> arrays = new ArrayList<>();
        SignInPort service = new SignInPort() {
            @Override
            public Result signIn(String url, String user, char[] password) {
                calls.add(new String(password));
                arrays.add(password);
                return new PreviousPasswordNeeded();
            }

            @Override
            public Result signIn(String url, String user, char[] password, char[] previous) {
                calls.add(new String(password) + "|" + new String(previous));
                arrays.add(password);
                arrays.add(previous);
                return new String(previous).equals("lama-123") ? new SignedIn(parts, false) : new WrongPassword();
            }
        };
        try {
            SignInViewModel vm = new SignInViewModel(Messages.indonesian(), service, Runnable::run, Runnable::run, List.of());
            List<Object> got = new ArrayList<>();
            vm.setOnSignedIn((p, offline) -> got.add(p));
            vm.serverProperty().set("http://127.0.0.1:8080");
            vm.usernameProperty().set("penghubung");
            vm.passwordProperty().set("baru-456");
            vm.signIn();
            assertThat(vm.previousNeededProperty().get()).isTrue();
            assertThat(vm.errorProperty().get()).contains("kata sandi sebelumnya").contains("Masukkan kata sandi baru");
            assertThat(got).isEmpty();

            vm.passwordProperty().set("baru-456");
            assertThat(vm.signIn()).as("the previous password is required now").isFalse();
            assertThat(vm.errorProperty().get()).isEqualTo("Masukkan juga kata sandi sebelumnya.");

            vm.passwordProperty().set("baru-456");
            vm.previousPasswordProperty().set("keliru");
            vm.signIn();
            assertThat(vm.errorProperty().get()).isEqualTo("Kata sandi baru atau kata sandi sebelumnya salah.");
            assertThat(vm.previousNeededProperty().get()).isTrue();

            vm.passwordProperty().set("baru-456");
            vm.previousPasswordProperty().set("lama-123");
            vm.signIn();
            assertThat(got).containsExactly(parts);
            assertThat(calls).containsExactly("baru-456", "baru-456|keliru", "baru-456|lama-123");
            assertThat(vm.passwordProperty().get()).isEmpty();
            assertThat(vm.previousPasswordProperty().get()).isEmpty();
            assertThat(arrays).allSatisfy(a -> assertThat(new String(a)).matches("\\x00+"));
            assertThat(vm.previousNeededProperty().get()).isFalse();
        } finally {
            parts.store().close();
        }
    }
}
