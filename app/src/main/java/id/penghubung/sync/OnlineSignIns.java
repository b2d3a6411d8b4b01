package id.penghubung.sync;

import id.penghubung.store.account.Account;
import id.penghubung.store.crypto.CryptoException;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.export.PrivateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time of the account's last online sign-in, and the latest time an offline sign-in saw, sealed
 * with the account's data key (AES-256-GCM, bound to the account) in {@code online-signin.seal}.
 * Without the password nobody can write a later time; editing {@code account.json} changes nothing
 * here; a deleted or damaged file counts as "no online sign-in" (the next one must be online).
 */
public final class OnlineSignIns {
    public static final String FILE_NAME = "online-signin.seal";
    private static final Logger LOG = LoggerFactory.getLogger(OnlineSignIns.class);

    /** {@code lastOnline}: the last online sign-in; {@code lastSeen}: the latest PC time any sign-in saw. */
    record Record(Instant lastOnline, Instant lastSeen) {
    }

    private OnlineSignIns() {
    }

    static Path file(Account account) {
        return account.folder().resolve(FILE_NAME);
    }

    private static String context(Account account) {
        return "online-signin|" + account.userId();
    }

    /** The sealed record, or empty when missing, tampered, or sealed by another key or account. */
    static Optional<Record> read(Account account, DataKey key) {
        try {
            byte[] sealed = Base64.getDecoder().decode(Files.readString(file(account), StandardCharsets.US_ASCII).strip());
            String[] parts = FieldCipher.of(key).open(sealed, context(account)).split("\\|");
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new Record(Instant.parse(parts[0]), Instant.parse(parts[1])));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException | CryptoException | DateTimeException e) {
            LOG.warn("The sealed online sign-in of {} does not open: {}", account, e.getMessage());
            return Optional.empty();
        }
    }

    /** Seals a record (owner-only, replaced atomically). */
    static void write(Account account, DataKey key, Record record) {
        byte[] sealed = FieldCipher.of(key).seal(record.lastOnline() + "|" + record.lastSeen(), context(account));
        try {
            PrivateFile.write(file(account), out -> {
                out.write(Base64.getEncoder().encode(sealed));
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the online sign-in of " + account, e);
        }
    }

    /** An online sign-in (or re-authentication) just succeeded at {@code now}. */
    public static void online(Account account, DataKey key, Instant now) {
        write(account, key, new Record(now, now));
    }

    /** An offline sign-in at {@code now}: remembers the latest time seen, so a clock turned back shows. */
    static void seen(Account account, DataKey key, Record record, Instant now) {
        if (now.isAfter(record.lastSeen())) {
            write(account, key, new Record(record.lastOnline(), now));
        }
    }
}
