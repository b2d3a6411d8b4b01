package id.penghubung.store.crypto;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Files encrypted under the account's data key, written and read as a stream of independent
 * AES-256-GCM records, so a 25 MiB attachment never sits in memory whole and an interrupted
 * download can be resumed by appending records.
 *
 * <p>Layout: magic {@code "PHE1"}, then records {@code [plaintext length: int32][nonce 12][ciphertext + tag 16]}
 * of at most {@value #CHUNK} plaintext bytes. Each record's associated data is the file's context
 * (e.g. {@code "attachment|<sha256>"}) and its index, so records cannot be reordered, moved to
 * another file, or altered. Dropping whole records from the end is not detected here: attachment
 * files are named by the SHA-256 of their plaintext, which the reader checks.
 *
 * <p>A torn last record (crash while appending) is cut off by the next {@link #append}.
 */
public final class EncryptedFiles {
    public static final int CHUNK = 64 * 1024;
    private static final byte[] MAGIC = "PHE1".getBytes(StandardCharsets.US_ASCII);
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    private static final int RECORD_OVERHEAD = 4 + NONCE_BYTES + TAG_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKey key;

    private EncryptedFiles(DataKey key) {
        this.key = key;
    }

    /** Files under this data key (the key stays owned by the caller; closing it stops this too). */
    public static EncryptedFiles of(DataKey key) {
        return new EncryptedFiles(Objects.requireNonNull(key, "key"));
    }

    /** True when the file starts with this format's magic (false for a plain file or a missing one). */
    public static boolean isEncrypted(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < MAGIC.length) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /** Writes the whole source into a new encrypted target (replacing it). */
    public void encrypt(InputStream source, Path target, String context) throws IOException {
        Files.deleteIfExists(target);
        try (OutputStream out = append(target, context)) {
            source.transferTo(out);
        }
    }

    /**
     * A stream that appends to the encrypted file (created 0600 when missing). Bytes are sealed a
     * record at a time; close the stream to write the last one.
     */
    public OutputStream append(Path file, String context) throws IOException {
        Objects.requireNonNull(context, "context");
        key.check(); // fails early (and clearly) when the key was dropped
        Scan scan = scan(file);
        if (!Files.exists(file)) {
            OwnerOnly.createFile(file);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        try {
            if (scan.validEnd < MAGIC.length) {
                channel.truncate(0);
                channel.position(0);
                channel.write(ByteBuffer.wrap(MAGIC));
            } else {
                channel.truncate(scan.validEnd);
                channel.position(scan.validEnd);
            }
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new RecordOutput(channel, context, scan.records);
    }

    /** The plaintext length of the complete records (a torn tail does not count). */
    public long plaintextLength(Path file) throws IOException {
        return scan(file).plaintextLength;
    }

    /** A stream of the decrypted content; a tampered record fails with an IOException (cause: {@link CryptoException}). */
    public InputStream open(Path file, String context) throws IOException {
        Objects.requireNonNull(context, "context");
        InputStream raw = Files.newInputStream(file);
        try {
            byte[] magic = raw.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("Not an encrypted file: " + file.getFileName());
            }
        } catch (IOException e) {
            raw.close();
            throw e;
        }
        return new RecordInput(new DataInputStream(raw), context);
    }

    /** The whole decrypted content (attachments are at most 25 MiB). */
    public byte[] readAll(Path file, String context) throws IOException {
        try (InputStream in = open(file, context)) {
            return in.readAllBytes();
        }
    }

    private record Scan(long validEnd, long records, long plaintextLength) {
    }

    private static Scan scan(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Scan(0, 0, 0);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
            if (size < MAGIC.length || ch.read(magic, 0) < MAGIC.length || !Arrays.equals(magic.array(), MAGIC)) {
                return new Scan(0, 0, 0);
            }
            long pos = MAGIC.length;
            long records = 0;
            long plain = 0;
            ByteBuffer len = ByteBuffer.allocate(4);
            while (pos + 4 <= size) {
                len.clear();
                ch.read(len, pos);
                int n = len.getInt(0);
                if (n < 0 || n > CHUNK || pos + RECORD_OVERHEAD + n > size) {
                    break;
                }
                pos += RECORD_OVERHEAD + n;
                records++;
                plain += n;
            }
            return new Scan(pos, records, plain);
        }
    }

    private byte[] aad(String context, long index) {
        return ("penghubung-file|" + context + "|" + index).getBytes(StandardCharsets.UTF_8);
    }

    private final class RecordOutput extends FilterOutputStream {
        private final FileChannel channel;
        private final String context;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private long index;
        private boolean closed;

        RecordOutput(FileChannel channel, String context, long index) {
            super(OutputStream.nullOutputStream());
            this.channel = channel;
            this.context = context;
            this.index = index;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            while (len > 0) {
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == CHUNK) {
                    seal();
                }
            }
        }

        private void seal() throws IOException {
            if (filled == 0) {
                return;
            }
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            ByteBuffer record = ByteBuffer.allocate(RECORD_OVERHEAD + filled);
            record.putInt(filled).put(nonce);
            try {
                Cipher c = Cipher.getInstance(TRANSFORMATION);
                c.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BYTES * 8, nonce));
                c.updateAAD(aad(context, index));
                c.doFinal(ByteBuffer.wrap(buffer, 0, filled), record);
            } catch (GeneralSecurityException | CryptoException e) {
                throw new IOException("Cannot encrypt a file record", e);
            }
            record.flip();
            while (record.hasRemaining()) {
                channel.write(record);
            }
            Arrays.fill(buffer, 0, filled, (byte) 0);
            filled = 0;
            index++;
        }

        @Override
        public void flush() {
            // Records are sealed whole; a partial one is written at close.
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                seal();
            } finally {
                channel.close();
            }
        }
    }

    private final class RecordInput extends InputStream {
        private final DataInputStream in;
        private final String context;
        private byte[] plain = new byte[0];
        private int pos;
        private long index;
        private boolean eof;

        RecordInput(DataInputStream in, String context) {
            this.in = in;
            this.context = context;
        }

        private boolean fill() throws IOException {
            while (pos >= plain.length && !eof) {
                int n;
                try {
                    n = in.readInt();
                } catch (EOFException e) {
                    eof = true;
                    return false;
                }
                if (n < 0 || n > CHUNK) {
                    throw new IOException("Damaged encrypted file (record length)");
                }
                byte[] nonce = in.readNBytes(NONCE_BYTES);
                byte[] sealed = in.readNBytes(n + TAG_BYTES);
                if (nonce.length < NONCE_BYTES || sealed.length < n + TAG_BYTES) {
                    // A torn last record: the content ends before it (the SHA-256 check catches it).
                    eof = true;
                    return false;
                }
                try {
                    Cipher c = Cipher.getInstance(TRANSFORMATION);
                    c.init(Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BYTES * 8, nonce));
                    c.updateAAD(aad(context, index));
                    plain = c.doFinal(sealed);
                } catch (AEADBadTagException e) {
                    throw new IOException("An encrypted file record does not open",
                            new CryptoException("tag mismatch", e));
                } catch (GeneralSecurityException | CryptoException e) {
                    throw new IOException("Cannot decrypt a file record", e);
                }
                pos = 0;
                index++;
            }
            return pos < plain.length;
        }

        @Override
        public int read() throws IOException {
            return fill() ? plain[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
