package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.EncryptedFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachment files of a release before encryption are sealed in place when a session opens. */
class AttachmentFilesSealTest {
    @TempDir
    Path folder;

    @Test
    void plainFilesAreSealedPlainPartsDroppedAndSealingIsIdempotent() throws Exception {
        byte[] content = "KTP Siti 3374015507880003".getBytes(StandardCharsets.UTF_8);
        String sha = AttachmentFiles.hash(Files.write(folder.resolve("x"), content));
        Files.move(folder.resolve("x"), folder.resolve(sha));
        Files.write(folder.resolve(sha + ".type"), "image/jpeg".getBytes(StandardCharsets.UTF_8));
        String other = "ab".repeat(32);
        Files.write(folder.resolve(other + ".part"), content);
        try (DataKey key = DataKey.generate()) {
            AttachmentFiles files = new AttachmentFiles(folder, EncryptedFiles.of(key));
            assertThat(files.sealLegacyFiles()).isEqualTo(1);
            assertThat(EncryptedFiles.isEncrypted(folder.resolve(sha))).isTrue();
            assertThat(new String(Files.readAllBytes(folder.resolve(sha)), StandardCharsets.ISO_8859_1)).doesNotContain("3374015507880003");
            assertThat(files.readAll(sha)).isEqualTo(content);
            assertThat(folder.resolve(other + ".part")).doesNotExist();
            assertThat(Files.readString(folder.resolve(sha + ".type"))).isEqualTo("image/jpeg");
            assertThat(files.sealLegacyFiles()).isZero();
            assertThat(files.readAll(sha)).isEqualTo(content);
        }
    }
}
