package id.penghubung.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
    private final DataKey key = DataKey.generate();
    private final FieldCipher cipher = FieldCipher.of(key);

    @Test
    void roundTripsWithAFreshNonceEachTime() {
        byte[] a = cipher.seal("3374011203870001", "reporter.nik|C-1");
        byte[] b = cipher.seal("3374011203870001", "reporter.nik|C-1");
        assertThat(a).isNotEqualTo(b);
        assertThat(a[0]).isEqualTo(FieldCipher.VERSION);
        assertThat(a).hasSize(1 + 12 + 16 + 16);
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("3374011203870001");
        assertThat(cipher.open(a, "reporter.nik|C-1")).isEqualTo("3374011203870001");
        assertThat(cipher.open(cipher.seal("Budi Santoso — ü", "x"), "x")).isEqualTo("Budi Santoso — ü");
        assertThat(cipher.open(cipher.seal("", "x"), "x")).isEmpty();
    }

    @Test
    void aValueMovedToAnotherRowOrColumnDoesNotOpen() {
        byte[] nik = cipher.seal("3374011203870001", "reporter.nik|C-1");
        assertThatThrownBy(() -> cipher.open(nik, "reporter.nik|C-2")).isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> cipher.open(nik, "reporter.phone|C-1")).isInstanceOf(CryptoException.class);
    }

    @Test
    void tamperingAnotherKeyOrAnUnknownVersionFail() {
        byte[] v = cipher.seal("Siti", "c");
        byte[] flipped = v.clone();
        flipped[flipped.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(flipped, "c")).isInstanceOf(CryptoException.class);
        byte[] version = v.clone();
        version[0] = 9;
        assertThatThrownBy(() -> cipher.open(version, "c")).isInstanceOf(CryptoException.class)
                .hasMessageContaining("version");
        try (DataKey other = DataKey.generate()) {
            assertThatThrownBy(() -> FieldCipher.of(other).open(v, "c")).isInstanceOf(CryptoException.class);
        }
        assertThatThrownBy(() -> cipher.open(new byte[5], "c")).isInstanceOf(CryptoException.class);
    }

    @Test
    void plainAndLockedCiphersSealNothing() {
        assertThat(FieldCipher.plain().encrypts()).isFalse();
        assertThat(FieldCipher.locked().isLocked()).isTrue();
        assertThatThrownBy(() -> FieldCipher.locked().seal("Siti", "c")).isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> FieldCipher.plain().open(new byte[40], "c")).isInstanceOf(CryptoException.class);
    }
}
