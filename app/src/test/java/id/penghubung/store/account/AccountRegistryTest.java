package id.penghubung.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Role;
import id.penghubung.store.crypto.Kdf;
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

        assertThat(account.folder()).isEqualTo(data.resolve("accounts/lapor.go.id-8443_rina.w"));
        Path file = account.folder().resolve(AccountRegistry.ACCOUNT_FILE);
        assertThat(Files.readString(file)).doesNotContain("rahasia-1").contains("\"role\" : \"OFFICER\"").contains("pemkot-bandung");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(account.folder()))).isEqualTo("rwx------");

        Account read = registry.find("lapor.go.id:8443", "Rina.W").orElseThrow();
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
        assertThat(registry.verify(registry.find("a.go.id:443", "rina").orElseThrow(), "baru".toCharArray())).isTrue();
        registry.recordOnlineSignIn("http://[::1]:9000", "budi", officer, "x".toCharArray(), Instant.parse("2026-11-04T00:00:00Z"));
        assertThat(registry.accounts()).extracting(Account::username).containsExactly("budi", "rina");
        assertThat(registry.accounts().getFirst().folder().getFileName().toString()).isEqualTo("--1-9000_budi");
    }

    @Test
    void serversAreKeyedByHostAndPort() {
        assertThat(AccountRegistry.serverKey("http://127.0.0.1:8080")).isEqualTo("127.0.0.1:8080");
        assertThat(AccountRegistry.serverKey("http://127.0.0.1:9090/")).isEqualTo("127.0.0.1:9090");
        assertThat(AccountRegistry.serverKey("https://LAPOR.go.id")).isEqualTo("lapor.go.id:443");
        assertThat(AccountRegistry.serverKey("http://localhost")).isEqualTo("localhost:80");
        AccountRegistry registry = new AccountRegistry(data, 1_000);
        Account a = registry.recordOnlineSignIn("http://127.0.0.1:8080", "rina", officer, "x".toCharArray(), Instant.parse("2026-11-01T00:00:00Z"));
        Account b = registry.recordOnlineSignIn("http://127.0.0.1:9090", "rina", officer, "y".toCharArray(), Instant.parse("2026-11-02T00:00:00Z"));
        assertThat(a.folder()).isNotEqualTo(b.folder());
        assertThat(registry.verify(registry.find("127.0.0.1:8080", "rina").orElseThrow(), "x".toCharArray())).isTrue();
        assertThat(registry.verify(registry.find("127.0.0.1:9090", "rina").orElseThrow(), "y".toCharArray())).isTrue();
        assertThat(registry.accounts()).hasSize(2);
    }

    @Test
    void aFolderOfTheOlderLayoutMovesWholeToItsHostAndPortName() throws Exception {
        Account made = new AccountRegistry(data, 1_000).recordOnlineSignIn("http://127.0.0.1:8080", "rina", officer,
                "x".toCharArray(), Instant.parse("2026-11-01T00:00:00Z"));
        Path legacy = data.resolve("accounts/127.0.0.1_rina");
        Files.move(made.folder(), legacy);
        Files.write(legacy.resolve("key.json"), new byte[] {1, 2, 3});
        Files.write(legacy.resolve(Account.CACHE_FILE), new byte[] {4, 5, 6});
        Files.createDirectories(legacy.resolve("attachments"));
        Files.write(legacy.resolve("attachments/" + "a".repeat(64)), new byte[] {7});

        AccountRegistry registry = new AccountRegistry(data, 1_000);
        Account found = registry.find("127.0.0.1:8080", "rina").orElseThrow();

        assertThat(found.folder()).isEqualTo(data.resolve("accounts/127.0.0.1-8080_rina"));
        assertThat(legacy).doesNotExist();
        assertThat(Files.readAllBytes(found.folder().resolve("key.json"))).containsExactly(1, 2, 3);
        assertThat(Files.readAllBytes(found.cacheFile())).containsExactly(4, 5, 6);
        assertThat(Files.readAllBytes(found.attachmentsFolder().resolve("a".repeat(64)))).containsExactly(7);
        assertThat(registry.verify(found, "x".toCharArray())).isTrue();
        assertThat(registry.accounts()).hasSize(1);
    }

    @Test
    void theDefaultVerifierIsArgon2id() {
        PasswordVerifier v = PasswordVerifier.create("kata-sandi".toCharArray());
        assertThat(v.kdf()).isEqualTo(Kdf.DEFAULT);
        assertThat(v.matches("kata-sandi".toCharArray())).isTrue();
        assertThat(v.matches("kata-sandj".toCharArray())).isFalse();
        assertThat(v.toString()).doesNotContain("kata-sandi");
    }

    @Test
    void anOldPbkdf2VerifierStillSignsInOfflineAndIsReplacedByTheCurrentKdf() throws Exception {
        Kdf cheapArgon = Kdf.argon2id(256, 1, 1);
        // account.json as written before issue 21: PBKDF2, no memory field.
        new AccountRegistry(data, 1_000).recordOnlineSignIn("https://a.go.id", "rina", officer, "latihan123".toCharArray(),
                Instant.parse("2026-11-01T00:00:00Z"));
        String server = AccountRegistry.serverKey("https://a.go.id");
        AccountRegistry registry = new AccountRegistry(data, cheapArgon);
        Path file = registry.folderFor(server, "rina").resolve(AccountRegistry.ACCOUNT_FILE);
        assertThat(Files.readString(file)).contains("PBKDF2WithHmacSHA256").doesNotContain("memoryKiB");

        Account old = registry.find(server, "rina").orElseThrow();
        assertThat(old.verifier().kdf()).isEqualTo(Kdf.pbkdf2(1_000));
        assertThat(registry.verify(old, "salah".toCharArray())).isFalse();
        assertThat(registry.find(server, "rina").orElseThrow().verifier().kdf()).isEqualTo(Kdf.pbkdf2(1_000));
        assertThat(registry.verify(old, "latihan123".toCharArray())).isTrue();
        Account upgraded = registry.find(server, "rina").orElseThrow();
        assertThat(upgraded.verifier().kdf()).isEqualTo(cheapArgon);
        assertThat(upgraded.lastOnlineSignIn()).isEqualTo(old.lastOnlineSignIn());
        assertThat(registry.verify(upgraded, "latihan123".toCharArray())).isTrue();
        assertThat(Files.readString(file)).contains("\"algorithm\" : \"Argon2id\"", "\"memoryKiB\" : 256");
        // A cheaper registry never downgrades it.
        new AccountRegistry(data, 1_000).verify(upgraded, "latihan123".toCharArray());
        assertThat(registry.find(server, "rina").orElseThrow().verifier().kdf()).isEqualTo(cheapArgon);
    }

    @Test
    void namesCannotEscapeTheAccountsFolder() {
        assertThat(AccountRegistry.safe("../../etc")).isEqualTo("x..-..-etc");
        assertThat(new AccountRegistry(data).folderFor("a.go.id", "../x").getParent()).isEqualTo(data.resolve("accounts"));
    }
}
