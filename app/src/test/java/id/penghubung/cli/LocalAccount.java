package id.penghubung.cli;

import id.penghubung.model.Complaint;
import id.penghubung.model.Reporter;
import id.penghubung.model.Role;
import id.penghubung.store.CacheCopies;
import id.penghubung.store.CaseStore;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.Kdf;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.store.crypto.WrongPasswordException;
import id.penghubung.sync.OnlineSignIns;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An officer's account on this computer without a server: account folder, verifier and data key (a low test
 * cost) and an encrypted cache filled with synthetic complaints, for the headless commands.
 */
final class LocalAccount {
    static final String PASSWORD = "latihan123";
    static final int TEST_ITERATIONS = 10_000;

    private LocalAccount() {
    }

    /** Creates the account and its cache with {@code n} synthetic complaints plus {@code extra}. */
    static Account create(Path data, int n, List<Complaint> extra) {
        return create(data, n, extra, Instant.now());
    }

    /** As above, the last online sign-in sealed at {@code lastOnline}. */
    static Account create(Path data, int n, List<Complaint> extra, Instant lastOnline) {
        return create(data, n, extra, lastOnline, 1);
    }

    /**
     * An account whose cache holds {@code seeded * copies} complaints: {@code seeded} synthetic ones
     * written as a pull writes them, then copied row by row ({@link CacheCopies}) — fast at 100,000.
     */
    static Account createCopied(Path data, int seeded, int copies) {
        return create(data, seeded, List.of(), Instant.now(), copies);
    }

    private static Account create(Path data, int n, List<Complaint> extra, Instant lastOnline, int copies) {
        // The verifier at the test cost too: no command here checks it, and Argon2id costs about a second in the test JVM.
        Account account = new AccountRegistry(data, Kdf.pbkdf2(TEST_ITERATIONS)).recordOnlineSignIn("http://127.0.0.1:9", "penghubung",
                new AccountRegistry.Identity("u-penghubung", "Penghubung Bandung", Role.OFFICER, Optional.of("ag-1"),
                        Optional.empty()),
                PASSWORD.toCharArray(), Instant.now());
        try (DataKey key = KeyWrap.create(KeyWrap.fileIn(account.folder()), PASSWORD.toCharArray(), TEST_ITERATIONS);
                CaseStore store = CaseStore.open(account.cacheFile(), SyntheticComplaints.deadlines(), Clock.systemUTC(),
                        FieldCipher.of(key))) {
            // As an online sign-in leaves it: the offline period counts from then.
            OnlineSignIns.online(account, key, lastOnline);
            SyntheticComplaints world = new SyntheticComplaints(7);
            for (int from = 0; from < n; from += 1_000) {
                store.applyPage(world.page(from, Math.min(1_000, n - from)), List.of(), "c" + (from + 1_000));
            }
            if (!extra.isEmpty()) {
                store.applyComplaints(extra);
            }
            if (copies > 1) {
                CacheCopies.multiply(store, n, copies);
            }
        }
        return account;
    }

    /**
     * Re-wraps the data key of the only account under {@code data}, which a command-line {@code sync} created at the
     * production cost (Argon2id, 64 MiB), at the test cost: each later {@code print} or {@code export} unlocks it
     * without a derivation of about a second in the test JVM's quick compiler (decision 0012, fifth pass). The
     * commands still unlock it through the same code; the sign-in and its KDF are not what these tests are about.
     */
    static void keyAtTestCost(Path data, String password) throws WrongPasswordException {
        Account account = new AccountRegistry(data).accounts().getFirst();
        KeyWrap.rewrap(KeyWrap.fileIn(account.folder()), password.toCharArray(), password.toCharArray(),
                Kdf.pbkdf2(TEST_ITERATIONS));
    }

    /** Synthetic complaint {@code n} with another title and reporter (not anonymous). */
    static Complaint retitled(int n, String title, Reporter reporter) {
        Complaint c = new SyntheticComplaints(7).complaint(n);
        return new Complaint(c.id(), c.trackingId(), c.version() + 10, title, c.body(), c.classification(), false,
                false, c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(), c.incidentDate(),
                c.location(), c.agency(), c.unit(), Optional.of(reporter), c.attachments(), new ArrayList<>(c.events()));
    }

    /** The tracking numbers of synthetic complaints 0..n-1. */
    static List<String> trackingIds(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(SyntheticComplaints.trackingOf(i));
        }
        return ids;
    }
}
