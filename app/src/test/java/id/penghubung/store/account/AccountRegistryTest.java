package id.penghubung.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountRegistryTest {
    @TempDir
    Path data;

    private final AccountRegistry.Identity officer = new AccountRegistry.Identity("u-1", "Rina", Role.OFFICER,
            Optional.of("pemkot-bandung"), Optional.empty());

    @Test
    void remembersAVerifierNotThePasswordInAnOwnerOnlyFile() throws Exception {
        AccountRegistry registry = new AccountRegistry(data, 1_000);
        Account account = registry.recordOnlineSignIn("https://lapor.go.id:8443/", "Rina.W", officer, "rahasia-1".toCharArray(),
                Instant.parse("2026-11-01T00:00:00Z"));

        assertThat(account.folder()).isEqualTo(data.resolve("accounts/lapor.go.id_rina.w"));
        Path file = account.folder().resolve(AccountRegistry.ACCOUNT_FILE);
        assertThat(Files.readString(file)).doesNotContain("rahasia-1").contains("\"role\" : \"OFFICER\"").contains("pemkot-bandung");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(account.folder()))).isEqualTo("rwx------");

        Account read = registry.find("lapor.go.id", "Rina.W").orElseThrow();
        assertThat(read.agencyId()).contains("pemkot-bandung");
        assertThat(read.lastServer()).isEqualTo("https://lapor.go.id:8443/");
        assertThat(registry.verify(read, "rahasia-1".toCharArray())).isTrue();
        assertThat(registry.verify(read, "rahasia-2".toCharArray())).isFalse();
        assertThat(registry.verify(read, "".toCharArray())).isFalse();
    }

    @Test
    void aNewPasswordReplacesTheVerifierAndAccountsAreListedNewestFirst() {
        AccountRegistry registry = new AccountRegistry(data, 1_000);
        Account first = registry.recordOnlineSignIn("https://a.go.id", "rina", officer, "lama".toCharArray(), Instant.parse("2026-11-01T00:00:00Z"));
        Account same = registry.recordOnlineSignIn("https://a.go.id", "rina", officer, "lama".toCharArray(), Instant.parse("2026-11-02T00:00:00Z"));
        assertThat(same.verifier()).isEqualTo(first.verifier());
        Account changed = registry.recordOnlineSignIn("https://a.go.id", "rina", officer, "baru".toCharArray(), Instant.parse("2026-11-03T00:00:00Z"));
        assertThat(registry.verify(changed, "lama".toCharArray())).isFalse();
        assertThat(registry.verify(registry.find("a.go.id", "rina").orElseThrow(), "baru".toCharArray())).isTrue();
        registry.recordOnlineSignIn("http://[::1]:9000", "budi", officer, "x".toCharArray(), Instant.parse("2026-11-04T00:00:00Z"));
        assertThat(registry.accounts()).extracting(Account::username).containsExactly("budi", "rina");
        assertThat(registry.accounts().getFirst().folder().getFileName().toString()).isEqualTo("--1_budi");
    }

    @Test
    void defaultVerifierUsesAtLeast600000Iterations() {
        PasswordVerifier v = PasswordVerifier.create("kata-sandi".toCharArray());
        assertThat(v.iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(v.matches("kata-sandi".toCharArray())).isTrue();
        assertThat(v.toString()).doesNotContain("kata-sandi");
    }

    @Test
    void namesCannotEscapeTheAccountsFolder() {
        assertThat(AccountRegistry.safe("../../etc")).isEqualTo("x..-..-etc");
        assertThat(new AccountRegistry(data).folderFor("a.go.id", "../x").getParent()).isEqualTo(data.resolve("accounts"));
    }
}
