package id.penghubung.sync;

import id.penghubung.store.crypto.EncryptedFiles;
import id.penghubung.store.crypto.OwnerOnly;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The names of the files the officer attached, {@code <sha256>.name} beside the file (sealed under
 * the account's key like the file itself: a name can say whose document it is). They outlive the
 * session, so a queued action shows its attachments by name after a restart, and the upload sends
 * the name ({@code fileName}) so the server keeps it.
 */
final class AttachmentNames {
    private final Path folder;
    private final Supplier<Optional<EncryptedFiles>> crypto;

    AttachmentNames(Path folder, Supplier<Optional<EncryptedFiles>> crypto) {
        this.folder = folder;
        this.crypto = crypto;
    }

    void write(String sha256, String name) throws IOException {
        Path target = folder.resolve(sha256 + ".name");
        Path temp = Files.createTempFile(folder, "name", ".tmp");
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        Optional<EncryptedFiles> c = crypto.get();
        if (c.isPresent()) {
            c.get().encrypt(new ByteArrayInputStream(bytes), temp, context(sha256));
        } else {
            Files.write(temp, bytes);
        }
        OwnerOnly.restrict(temp);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Optional<String> read(String sha256) {
        Path file = folder.resolve(sha256 + ".name");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Optional<EncryptedFiles> c = crypto.get();
            byte[] bytes = c.isPresent() && EncryptedFiles.isEncrypted(file) ? c.get().readAll(file, context(sha256))
                    : Files.readAllBytes(file);
            String name = new String(bytes, StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the attachment's name", e);
        }
    }

    private static String context(String sha256) {
        return "attachment.name|" + sha256;
    }
}
