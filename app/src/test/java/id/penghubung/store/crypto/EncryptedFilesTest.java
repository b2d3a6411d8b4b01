package id.penghubung.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.testing.ByteSearch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFilesTest {
    @TempDir
    Path dir;

    private final DataKey key = DataKey.generate();
    private final EncryptedFiles files = EncryptedFiles.of(key);

    private static byte[] content(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        // A recognisable plain marker that must not survive on disk.
        byte[] marker = "NIK 3374011203870001 Siti Aminah".getBytes();
        System.arraycopy(marker, 0, b, 0, Math.min(marker.length, size));
        return b;
    }

    @Test
    void roundTripsAcrossChunkBoundariesAndHidesThePlaintext() throws IOException {
        for (int size : new int[] {0, 1, EncryptedFiles.CHUNK - 1, EncryptedFiles.CHUNK, EncryptedFiles.CHUNK * 3 + 17}) {
            Path f = dir.resolve("f" + size);
            byte[] plain = content(size);
            files.encrypt(new ByteArrayInputStream(plain), f, "attachment|" + size);
            assertThat(EncryptedFiles.isEncrypted(f)).isTrue();
            assertThat(files.plaintextLength(f)).isEqualTo(size);
            assertThat(files.readAll(f, "attachment|" + size)).isEqualTo(plain);
            if (size > 40) {
                assertThat(ByteSearch.indexOf(Files.readAllBytes(f), "3374011203870001".getBytes())).isNegative();
            }
            if (Files.getFileStore(f).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void appendingResumesAfterATornRecord() throws IOException {
        Path f = dir.resolve("part");
        byte[] plain = content(EncryptedFiles.CHUNK * 2 + 500);
        try (OutputStream out = files.append(f, "a")) {
            out.write(plain, 0, EncryptedFiles.CHUNK + 100);
        }
        assertThat(files.plaintextLength(f)).isEqualTo(EncryptedFiles.CHUNK + 100);
        // A crash in the middle of the next record: its bytes are cut off and do not count.
        long complete = Files.size(f);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {0, 0, 1, 0, 9, 9, 9}));
        }
        assertThat(files.plaintextLength(f)).isEqualTo(EncryptedFiles.CHUNK + 100);
        try (OutputStream out = files.append(f, "a")) {
            assertThat(Files.size(f)).isEqualTo(complete);
            out.write(plain, EncryptedFiles.CHUNK + 100, plain.length - EncryptedFiles.CHUNK - 100);
        }
        assertThat(files.readAll(f, "a")).isEqualTo(plain);
    }

    @Test
    void swappedReorderedOrAlteredRecordsDoNotOpen() throws IOException {
        Path f = dir.resolve("x");
        byte[] plain = content(EncryptedFiles.CHUNK * 2);
        files.encrypt(new ByteArrayInputStream(plain), f, "attachment|one");
        assertThatThrownBy(() -> files.readAll(f, "attachment|two")).isInstanceOf(IOException.class);
        byte[] raw = Files.readAllBytes(f);
        int record = 4 + 12 + EncryptedFiles.CHUNK + 16;
        byte[] swapped = raw.clone();
        System.arraycopy(raw, 4, swapped, 4 + record, record);
        System.arraycopy(raw, 4 + record, swapped, 4, record);
        Files.write(f, swapped);
        assertThatThrownBy(() -> files.readAll(f, "attachment|one")).isInstanceOf(IOException.class);
        byte[] flipped = raw.clone();
        flipped[100] ^= 1;
        Files.write(f, flipped);
        assertThatThrownBy(() -> files.readAll(f, "attachment|one")).isInstanceOf(IOException.class);
        try (DataKey other = DataKey.generate()) {
            Files.write(f, raw);
            assertThatThrownBy(() -> EncryptedFiles.of(other).readAll(f, "attachment|one")).isInstanceOf(IOException.class);
        }
        key.close();
        assertThatThrownBy(() -> files.readAll(f, "attachment|one")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> files.append(dir.resolve("y"), "a")).isInstanceOf(CryptoException.class);
    }
}
