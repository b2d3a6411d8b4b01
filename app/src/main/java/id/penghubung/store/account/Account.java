package id.penghubung.store.account;

import id.penghubung.model.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One officer's account on one server, as remembered on this computer: who they are and a verifier
 * of their password for offline sign-in. {@code folder} holds the account's cache, attachments and
 * reference data.
 */
public record Account(
        String serverHost,
        String username,
        String userId,
        String displayName,
        Role role,
        Optional<String> agencyId,
        Optional<String> regionId,
        String lastServer,
        Instant lastOnlineSignIn,
        Path folder,
        PasswordVerifier verifier) {

    public static final String CACHE_FILE = "cache.db";
    public static final String ATTACHMENTS_DIR = "attachments";
    public static final String REFERENCE_FILE = "reference.json";

    public Account {
        Objects.requireNonNull(serverHost, "serverHost");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(lastServer, "lastServer");
        Objects.requireNonNull(lastOnlineSignIn, "lastOnlineSignIn");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(verifier, "verifier");
    }

    public Path cacheFile() {
        return folder.resolve(CACHE_FILE);
    }

    public Path attachmentsFolder() {
        return folder.resolve(ATTACHMENTS_DIR);
    }

    public Path referenceFile() {
        return folder.resolve(REFERENCE_FILE);
    }

    @Override
    public String toString() {
        return "Account[" + username + "@" + serverHost + " " + role + "]";
    }
}
