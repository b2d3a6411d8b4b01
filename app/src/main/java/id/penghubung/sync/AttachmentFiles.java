package id.penghubung.sync;

import id.penghubung.store.crypto.EncryptedFiles;
import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The account's attachment folder: {@code <account>/attachments/<sha256>} holds verified bytes,
 * {@code <sha256>.part} an interrupted download (resumed with Range), {@code <sha256>.type} the
 * media type of a file the officer attached, {@code <sha256>.uploaded} a marker that the server has it.
 */
public final class AttachmentFiles {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    /** Empty: plain files (tests, tools). An account's files are always encrypted. */
    private volatile Optional<EncryptedFiles> crypto;
    private final AttachmentNames names;

    /** Plain files: for tests and tools only; a session uses {@link #AttachmentFiles(Path, EncryptedFiles)}. */
    public AttachmentFiles(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.crypto = Optional.empty();
        this.names = new AttachmentNames(folder, () -> crypto);
    }

    /**
     * Files encrypted under the account's data key (AES-GCM records, see {@link EncryptedFiles}),
     * in an owner-only folder. {@link #file} then names ciphertext: read through {@link #open}.
     */
    public AttachmentFiles(Path folder, EncryptedFiles crypto) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.crypto = Optional.of(Objects.requireNonNull(crypto, "crypto"));
        this.names = new AttachmentNames(folder, () -> this.crypto);
    }

    /** After the session's lock: the new key's files (only for an encrypting instance). */
    void rekey(EncryptedFiles next) {
        if (crypto.isEmpty()) {
            throw new IllegalStateException("Plain attachment files cannot take a key");
        }
        this.crypto = Optional.of(Objects.requireNonNull(next, "next"));
    }

    /**
     * Encrypts files left in the clear by a release before encryption (same content, same name) and
     * drops plain partial downloads. Idempotent; a session calls it when it opens. Returns how many.
     */
    public int sealLegacyFiles() {
        Optional<EncryptedFiles> c = crypto;
        if (c.isEmpty() || !Files.isDirectory(folder)) {
            return 0;
        }
        int sealed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean part = name.endsWith(".part");
                String sha = part ? name.substring(0, name.length() - 5) : name;
                if (!SHA256.matcher(sha).matches() || !Files.isRegularFile(file) || EncryptedFiles.isEncrypted(file)) {
                    continue;
                }
                if (part) {
                    Files.delete(file);
                    continue;
                }
                Path temp = Files.createTempFile(folder, "seal", ".tmp");
                try (InputStream in = Files.newInputStream(file)) {
                    c.get().encrypt(in, temp, context(sha));
                }
                move(temp, file);
                sealed++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encrypt the attachments of an older release", e);
        }
        return sealed;
    }

    public boolean encrypted() {
        return crypto.isPresent();
    }

    /** The plain content of a verified file (decrypted when encrypted). Close the stream. */
    public InputStream open(String sha256) throws IOException {
        Path file = folder.resolve(checked(sha256));
        Optional<EncryptedFiles> c = crypto;
        return c.isPresent() ? c.get().open(file, context(sha256)) : Files.newInputStream(file);
    }

    /** The whole plain content (attachments are at most 25 MiB). */
    public byte[] readAll(String sha256) throws IOException {
        try (InputStream in = open(sha256)) {
            return in.readAllBytes();
        }
    }

    private static String context(String sha256) {
        return "attachment|" + sha256.toLowerCase(Locale.ROOT);
    }

    private void createFolder() throws IOException {
        OwnerOnly.createDirectories(folder);
    }

    public Path folder() {
        return folder;
    }

    /** The verified file, if it is here. */
    public Optional<Path> file(String sha256) {
        Path file = folder.resolve(checked(sha256));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    Path partFile(String sha256) {
        return folder.resolve(checked(sha256) + ".part");
    }

    /**
     * Copies a file the officer attaches into the folder, named by its hash, and remembers its
     * media type and its file name ({@link #fileName}) for the upload. Returns the SHA-256 to put in the action.
     */
    public String importFile(Path source, String mediaType) {
        try {
            createFolder();
            String sha;
            try (InputStream in = Files.newInputStream(source)) {
                sha = hash(in);
            }
            Path temp = Files.createTempFile(folder, "import", ".tmp");
            Optional<EncryptedFiles> c = crypto;
            try (InputStream in = Files.newInputStream(source)) {
                if (c.isPresent()) {
                    // The context names the content's hash, so it is known before the bytes are sealed.
                    c.get().encrypt(in, temp, context(sha));
                } else {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            move(temp, folder.resolve(sha));
            Path type = folder.resolve(sha + ".type");
            if (!Files.exists(type)) {
                OwnerOnly.createFile(type);
            }
            Files.writeString(type, mediaType, StandardCharsets.UTF_8);
            names.write(sha, source.getFileName().toString());
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot import the attachment", e);
        }
    }

    /** The name of a file the officer attached ({@link #importFile}), in this session or an earlier one. */
    public Optional<String> fileName(String sha256) {
        return names.read(checked(sha256));
    }

    /** The media type recorded at import, else a guess from the first bytes. */
    public String mediaType(String sha256) {
        Path type = folder.resolve(checked(sha256) + ".type");
        try {
            if (Files.isRegularFile(type)) {
                return Files.readString(type, StandardCharsets.UTF_8).trim();
            }
            byte[] head;
            try (InputStream in = open(sha256)) {
                head = in.readNBytes(8);
            }
            return sniff(head);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the attachment's type", e);
        }
    }

    static String sniff(byte[] head) {
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("%PDF")) {
            return "application/pdf";
        }
        if (ascii.startsWith("\u0089PNG")) {
            return "image/png";
        }
        if (head.length > 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) {
            return "image/jpeg";
        }
        if (ascii.startsWith("GIF8")) {
            return "image/gif";
        }
        return "application/octet-stream";
    }

    boolean uploaded(String sha256) {
        return Files.exists(folder.resolve(checked(sha256) + ".uploaded"));
    }

    void markUploaded(String sha256) {
        try {
            createFolder();
            Path marker = folder.resolve(checked(sha256) + ".uploaded");
            if (!Files.exists(marker)) {
                OwnerOnly.createFile(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark the attachment as uploaded", e);
        }
    }

    /** Deletes the partial download of a file refused as too large: nothing of it is kept. */
    void discardPart(String sha256) {
        try {
            Files.deleteIfExists(partFile(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete a refused download", e);
        }
    }

    /** Bytes of an interrupted download already on disk. */
    long partialLength(String sha256) {
        try {
            Path part = partFile(sha256);
            if (!Files.exists(part)) {
                return 0;
            }
            Optional<EncryptedFiles> c = crypto;
            return c.isPresent() ? c.get().plaintextLength(part) : Files.size(part);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a partial download", e);
        }
    }

    /** The sink a download writes into: appends to the .part file, or starts it over when the server ignored Range. */
    AttachmentSink sinkFor(String sha256) {
        return offset -> {
            createFolder();
            Path part = partFile(sha256);
            Optional<EncryptedFiles> c = crypto;
            if (c.isPresent()) {
                // Resumable: complete records already sealed stay, new bytes are appended as records.
                if (offset == 0) {
                    Files.deleteIfExists(part);
                }
                return c.get().append(part, context(sha256));
            }
            if (offset == 0) {
                Files.deleteIfExists(part);
                OwnerOnly.createFile(part);
                return Files.newOutputStream(part, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            }
            OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return out;
        };
    }

    /**
     * Checks the finished .part against its hash: the verified file on success; on a mismatch the
     * part is deleted (the next try starts over) and empty is returned.
     */
    Optional<Path> complete(String sha256) {
        Path part = partFile(sha256);
        try {
            String actual;
            Optional<EncryptedFiles> c = crypto;
            try (InputStream in = c.isPresent() ? c.get().open(part, context(sha256)) : Files.newInputStream(part)) {
                actual = hash(in);
            } catch (IOException e) {
                // A record that does not open is as bad as a wrong hash: start over.
                actual = "";
            }
            if (!sha256.equals(actual)) {
                Files.deleteIfExists(part);
                return Optional.empty();
            }
            Path target = folder.resolve(sha256);
            move(part, target);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the download", e);
        }
    }

    static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return hash(in);
        }
    }

    private static String hash(InputStream source) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(source, digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String checked(String sha256) {
        String lower = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(lower).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest");
        }
        return lower;
    }
}
