package id.penghubung.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
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

    public AttachmentFiles(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
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
     * media type for the upload. Returns the SHA-256 to put in the action.
     */
    public String importFile(Path source, String mediaType) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "import", ".tmp");
            MessageDigest digest = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            move(temp, folder.resolve(sha));
            Files.writeString(folder.resolve(sha + ".type"), mediaType, StandardCharsets.UTF_8);
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot import the attachment", e);
        }
    }

    /** The media type recorded at import, else a guess from the first bytes. */
    public String mediaType(String sha256) {
        Path type = folder.resolve(checked(sha256) + ".type");
        try {
            if (Files.isRegularFile(type)) {
                return Files.readString(type, StandardCharsets.UTF_8).trim();
            }
            Path file = folder.resolve(sha256);
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
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
            Files.createDirectories(folder);
            Path marker = folder.resolve(checked(sha256) + ".uploaded");
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark the attachment as uploaded", e);
        }
    }

    /** Bytes of an interrupted download already on disk. */
    long partialLength(String sha256) {
        try {
            Path part = partFile(sha256);
            return Files.exists(part) ? Files.size(part) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a partial download", e);
        }
    }

    /** The sink a download writes into: appends to the .part file, or starts it over when the server ignored Range. */
    AttachmentSink sinkFor(String sha256) {
        return offset -> {
            Files.createDirectories(folder);
            Path part = partFile(sha256);
            if (offset == 0) {
                return Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
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
            if (!sha256.equals(hash(part))) {
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
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
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
