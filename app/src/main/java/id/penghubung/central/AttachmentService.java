package id.penghubung.central;

import com.sun.net.httpserver.HttpExchange;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.AttachmentLimits;
import id.penghubung.protocol.AttachmentTypes;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.WireAttachment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attachments by SHA-256: files under {@code blobs/} named by their hash, metadata in the database.
 * Uploads are checked for hash, size and type (declared and sniffed); downloads honour one Range.
 * Any authenticated account may download a file whose hash it knows: hashes are only learnt from
 * complaints in scope and cannot be guessed.
 */
final class AttachmentService {
    static final Map<String, String> TYPES = AttachmentTypes.EXTENSION_BY_TYPE;
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final Pattern SAFE_NAME = Pattern.compile("[^\\p{L}\\p{N} ._()-]");

    private final CentralDatabase db;
    private final Path blobs;
    private final long maxBytes;

    AttachmentService(CentralDatabase db, Path blobs, long maxBytes) {
        this.db = db;
        this.blobs = blobs;
        this.maxBytes = maxBytes;
    }

    record Stored(WireAttachment meta, boolean created) {
    }

    /** Checked before the upload is read: the declared size and type. */
    void checkUpload(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parseLength(length) > maxBytes) {
            throw Exchanges.tooLarge(maxBytes);
        }
        if (!TYPES.containsKey(declaredType(exchange))) {
            throw new RequestException(400, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, "Only images, PDF and office documents are accepted");
        }
    }

    /** Where uploads are spooled while they arrive (same file system as the blobs, for the final move). */
    Path spoolDir() {
        return blobs;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** What an upload may be, as published in the reference data. */
    AttachmentLimits limits() {
        return new AttachmentLimits(maxBytes, TYPES.keySet().stream().sorted().toList());
    }

    private static String declaredType(HttpExchange exchange) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("")
                .split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Stores the upload spooled by {@link RequestBodies#spool} (size and type were checked before it was read). */
    Stored put(HttpExchange exchange, String sha, String requestedName) throws IOException, SQLException {
        String declared = declaredType(exchange);
        checkUpload(exchange);
        Path temp = RequestBodies.file(exchange);
        MessageDigest digest = sha256();
        long size = 0;
        byte[] head = new byte[16];
        int headLength = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(temp), digest)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                size += n;
                if (size > maxBytes) {
                    throw Exchanges.tooLarge(maxBytes);
                }
            }
        }
        if (size == 0) {
            throw new RequestException(400, ErrorCodes.VALIDATION_FAILED, "Empty file");
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha)) {
            throw new RequestException(400, ErrorCodes.HASH_MISMATCH, "The bytes do not have the SHA-256 in the path");
        }
        if (!sniff(declared, head, headLength)) {
            throw new RequestException(400, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, "The bytes are not a " + declared + " file");
        }
        String name = fileName(requestedName, sha, declared);
        WireAttachment meta = new WireAttachment(sha, name, declared, size);
        Path target = blobs.resolve(sha);
        boolean created = !Files.exists(target);
        if (created) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        db.write(c -> {
            ComplaintStore.putAttachment(c, meta);
            return null;
        });
        WireAttachment stored = db.read(c -> ComplaintStore.findAttachment(c, sha)).orElse(meta);
        return new Stored(stored, created);
    }

    /** Stores a seed file directly. */
    void putSeed(SampleFiles.File file) throws IOException, SQLException {
        Files.createDirectories(blobs);
        Path target = blobs.resolve(file.meta().sha256());
        if (!Files.exists(target)) {
            Files.write(target, file.bytes());
        }
        db.write(c -> {
            ComplaintStore.putAttachment(c, file.meta());
            return null;
        });
    }

    void get(HttpExchange exchange, String sha) throws IOException, SQLException {
        WireAttachment meta = db.read(c -> ComplaintStore.findAttachment(c, sha))
                .orElseThrow(() -> new RequestException(404, ErrorCodes.NOT_FOUND, "Unknown attachment"));
        Path file = blobs.resolve(sha);
        if (!Files.isRegularFile(file)) {
            throw new RequestException(404, ErrorCodes.NOT_FOUND, "Unknown attachment");
        }
        long size = Files.size(file);
        long start = 0;
        long end = size - 1;
        int status = 200;
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (range != null && !range.contains(",")) {
            Matcher m = RANGE.matcher(range.strip());
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
                throw rangeNotSatisfiable(size);
            }
            try {
                if (m.group(1).isEmpty()) {
                    long suffix = Long.parseLong(m.group(2));
                    start = Math.max(0, size - suffix);
                } else {
                    start = Long.parseLong(m.group(1));
                    end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                }
            } catch (NumberFormatException e) {
                throw rangeNotSatisfiable(size);
            }
            if (start >= size || start > end) {
                throw rangeNotSatisfiable(size);
            }
            status = 206;
            exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        exchange.getResponseHeaders().set("Content-Type", meta.mediaType());
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        exchange.getResponseHeaders().set("ETag", "\"" + sha + "\"");
        exchange.getResponseHeaders().set("Cache-Control", "private, max-age=31536000, immutable");
        long length = end - start + 1;
        exchange.sendResponseHeaders(status, length);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r"); OutputStream out = exchange.getResponseBody()) {
            raf.seek(start);
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = raf.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    private static RequestException rangeNotSatisfiable(long size) {
        return new RequestException(416, new ApiError(ErrorCodes.BAD_RANGE, "Range not satisfiable", Map.of()),
                Map.of("Content-Range", "bytes */" + size));
    }

    static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new RequestException(400, ErrorCodes.VALIDATION_FAILED, "Bad Content-Length");
        }
    }

    /** The first bytes must match the declared type, so a renamed executable is not "a PDF". */
    static boolean sniff(String type, byte[] h, int n) {
        return switch (TYPES.get(type)) {
            case "png" -> starts(h, n, 0x89, 'P', 'N', 'G');
            case "jpg" -> starts(h, n, 0xFF, 0xD8, 0xFF);
            case "gif" -> starts(h, n, 'G', 'I', 'F', '8');
            case "webp" -> starts(h, n, 'R', 'I', 'F', 'F') && n >= 12 && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P';
            case "pdf" -> starts(h, n, '%', 'P', 'D', 'F');
            case "doc", "xls", "ppt" -> starts(h, n, 0xD0, 0xCF, 0x11, 0xE0);
            default -> starts(h, n, 'P', 'K', 3, 4);
        };
    }

    private static boolean starts(byte[] h, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String fileName(String requested, String sha, String type) {
        if (requested != null) {
            // Only the last path segment, only harmless characters: the name is shown and saved by clients.
            String base = requested.replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1);
            base = SAFE_NAME.matcher(base).replaceAll("_").strip();
            while (base.startsWith(".")) {
                base = base.substring(1);
            }
            if (!base.isBlank()) {
                return base.length() > 200 ? base.substring(base.length() - 200) : base;
            }
        }
        return sha.substring(0, 12) + "." + TYPES.get(type);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
