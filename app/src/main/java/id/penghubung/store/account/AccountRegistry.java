package id.penghubung.store.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.Role;
import id.penghubung.store.crypto.JsonTree;
import id.penghubung.store.crypto.Kdf;
import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts known on this computer: one folder per server (host and port) and user under
 * {@code <data>/accounts/<host>-<port>_<user>/}, with {@code account.json} (who, role, agency/region,
 * last server, password verifier — never the password) readable only by its owner. Folders of the
 * older {@code <host>_<user>} layout are renamed on first use ({@link LegacyFolders}).
 */
public final class AccountRegistry {
    public static final String ACCOUNT_FILE = "account.json";
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path accountsFolder;
    private final Kdf kdf;
    private final PasswordPolicy policy;
    private volatile boolean migrated;

    public AccountRegistry(Path dataFolder) {
        this(dataFolder, Kdf.DEFAULT);
    }

    /** Tests: cheap PBKDF2 verifiers and key files. */
    AccountRegistry(Path dataFolder, int iterations) {
        this(dataFolder, Kdf.pbkdf2(iterations));
    }

    /** With an explicit KDF for new verifiers and key files (anything cheaper than the default: tests only). */
    public AccountRegistry(Path dataFolder, Kdf kdf) {
        this(dataFolder, kdf, PasswordPolicy.standard());
    }

    /** With an explicit password policy for new key files (tests: a stricter one). */
    public AccountRegistry(Path dataFolder, Kdf kdf, PasswordPolicy policy) {
        this.accountsFolder = dataFolder.resolve("accounts");
        this.kdf = Objects.requireNonNull(kdf, "kdf");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The policy a password must meet before it wraps a new key file (or re-wraps one). */
    public PasswordPolicy passwordPolicy() {
        return policy;
    }

    /** Who the server says signed in; saved with a verifier of the password that worked. */
    public record Identity(String userId, String displayName, Role role, Optional<String> agencyId, Optional<String> regionId) {
        public Identity {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(agencyId, "agencyId");
            Objects.requireNonNull(regionId, "regionId");
        }
    }

    /** The settings of a server (certificate pins), {@link ServerSettings#NONE} when never set. */
    public ServerSettings serverSettings(String serverHost) {
        return ServerSettings.load(accountsFolder, serverHost);
    }

    /** Saves the settings of a server (owner-only file); they apply from the next sign-in. */
    public void saveServerSettings(String serverHost, ServerSettings settings) {
        settings.save(accountsFolder, serverHost);
    }

    /**
     * The KDF of new verifiers and key files ({@link Kdf#DEFAULT}; cheaper only in tests). Weaker
     * ones are replaced at the next sign-in that matches them.
     */
    public Kdf kdf() {
        return kdf;
    }

    public Path accountsFolder() {
        return accountsFolder;
    }

    /** The host part of a server address, as used in folder names ("lapor.go.id", "127.0.0.1"). */
    public static String hostOf(String serverUrl) {
        String host = URI.create(serverUrl).getHost();
        if (host == null) {
            throw new IllegalArgumentException("No host in " + serverUrl);
        }
        return IDN.toASCII(host.startsWith("[") ? host.substring(1, host.length() - 1) : host).toLowerCase(Locale.ROOT);
    }

    /**
     * What tells servers apart on this computer: host and port ("127.0.0.1:8080", "lapor.go.id:443"),
     * so two training servers on one host keep separate accounts.
     */
    public static String serverKey(String serverUrl) {
        URI uri = URI.create(serverUrl.trim());
        int port = uri.getPort();
        if (port < 0) {
            port = "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        }
        return hostOf(serverUrl.trim()) + ":" + port;
    }

    /**
     * The account folder for a server key ({@link #serverKey}) and user; names are reduced to safe
     * characters. Moves folders of the older layout to their new names first.
     */
    public Path folderFor(String serverKey, String username) {
        migrateLegacyFolders();
        return folderName(accountsFolder, serverKey, username);
    }

    static Path folderName(Path accountsFolder, String serverKey, String username) {
        return accountsFolder.resolve(safe(serverKey) + "_" + safe(username));
    }

    /** Renames folders of the {@code <host>_<user>} layout once per registry; idempotent. */
    public void migrateLegacyFolders() {
        if (!migrated) {
            synchronized (this) {
                if (!migrated) {
                    LegacyFolders.migrate(accountsFolder);
                    migrated = true;
                }
            }
        }
    }

    /** The account of a user on a server ({@link #serverKey}), if this computer knows it. */
    public Optional<Account> find(String serverKey, String username) {
        Path file = folderFor(serverKey, username).resolve(ACCOUNT_FILE);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Every account on this computer, most recently signed in first. */
    public List<Account> accounts() {
        migrateLegacyFolders();
        List<Account> found = new ArrayList<>();
        if (!Files.isDirectory(accountsFolder)) {
            return found;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(accountsFolder, Files::isDirectory)) {
            for (Path folder : folders) {
                Path file = folder.resolve(ACCOUNT_FILE);
                if (Files.isRegularFile(file)) {
                    found.add(read(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + accountsFolder, e);
        }
        found.sort(Comparator.comparing(Account::lastOnlineSignIn).reversed());
        return found;
    }

    /**
     * Records a successful online sign-in: the identity, the server and a fresh verifier of the
     * password. Creates the folder (owner-only) on the first sign-in.
     */
    public Account recordOnlineSignIn(String serverUrl, String username, Identity identity, char[] password, Instant at) {
        String host = hostOf(serverUrl);
        String key = serverKey(serverUrl);
        Path folder = folderFor(key, username);
        Optional<Account> previous = find(key, username);
        // Re-deriving costs ~0.2 s; keep the old verifier when the same password still matches it.
        PasswordVerifier verifier = previous.map(Account::verifier)
                .filter(v -> !v.kdf().weakerThan(kdf) && v.matches(password))
                .orElseGet(() -> PasswordVerifier.create(password, kdf));
        Account account = new Account(host, username, identity.userId(), identity.displayName(), identity.role(),
                identity.agencyId(), identity.regionId(), serverUrl, at, folder, verifier);
        write(account);
        return account;
    }

    /**
     * True when the password matches the verifier remembered for this account. A matching verifier
     * of a weaker KDF (written before issue 21) is replaced by one of {@link #kdf()} at once.
     */
    public boolean verify(Account account, char[] password) {
        if (!account.verifier().matches(password)) {
            return false;
        }
        if (account.verifier().kdf().weakerThan(kdf)) {
            Account a = account;
            write(new Account(a.serverHost(), a.username(), a.userId(), a.displayName(), a.role(), a.agencyId(),
                    a.regionId(), a.lastServer(), a.lastOnlineSignIn(), a.folder(), PasswordVerifier.create(password, kdf)));
        }
        return true;
    }

    private void write(Account account) {
        try {
            createOwnerOnlyDirectories(account.folder());
            ObjectNode root = JsonTree.writer().createObjectNode();
            root.put("format", 1);
            root.put("serverHost", account.serverHost());
            root.put("username", account.username());
            root.put("userId", account.userId());
            root.put("displayName", account.displayName());
            root.put("role", account.role().name());
            root.put("agencyId", account.agencyId().orElse(null));
            root.put("regionId", account.regionId().orElse(null));
            root.put("lastServer", account.lastServer());
            root.put("lastOnlineSignIn", account.lastOnlineSignIn().toString());
            ObjectNode verifier = root.putObject("verifier");
            Kdf vk = account.verifier().kdf();
            verifier.put("algorithm", vk.algorithm());
            verifier.put("iterations", vk.iterations());
            if (vk.memoryKiB() > 0) {
                verifier.put("memoryKiB", vk.memoryKiB());
                verifier.put("parallelism", vk.parallelism());
            }
            verifier.put("salt", account.verifier().saltBase64());
            verifier.put("hash", account.verifier().hashBase64());
            OwnerOnly.replace(account.folder().resolve(ACCOUNT_FILE), JsonTree.writer().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the account in " + account.folder(), e);
        }
    }

    static Account read(Path file) {
        try {
            JsonNode n = JsonTree.read(file);
            JsonNode v = n.path("verifier");
            Kdf vk = new Kdf(v.path("algorithm").asText(), v.path("iterations").asInt(), v.path("memoryKiB").asInt(0),
                    v.path("parallelism").asInt(0));
            PasswordVerifier verifier = new PasswordVerifier(vk,
                    Base64.getDecoder().decode(v.path("salt").asText()), Base64.getDecoder().decode(v.path("hash").asText()));
            return new Account(n.path("serverHost").asText(), n.path("username").asText(), n.path("userId").asText(),
                    n.path("displayName").asText(), Role.valueOf(n.path("role").asText()), optional(n, "agencyId"),
                    optional(n, "regionId"), n.path("lastServer").asText(), Instant.parse(n.path("lastOnlineSignIn").asText()),
                    file.getParent(), verifier);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the account " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Damaged account file " + file, e);
        }
    }

    private static Optional<String> optional(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }

    static String safe(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ? c : '-');
        }
        if (out.isEmpty() || out.charAt(0) == '.') {
            out.insert(0, 'x');
        }
        return out.toString();
    }

    private static void createOwnerOnlyDirectories(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrictToOwner(folder, OWNER_DIR);
    }

    private static void restrictToOwner(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
