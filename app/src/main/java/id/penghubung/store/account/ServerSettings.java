package id.penghubung.store.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of one server on this computer, shared by every account on it:
 * {@code <data>/accounts/<host>.server.json}. Today only the optional certificate pins, for agencies
 * that run their own gateway: {@code sha256/<base64 of the SHA-256 of the certificate's public key>},
 * the format of OkHttp's CertificatePinner. Empty: the system's trusted CAs alone decide.
 */
public record ServerSettings(List<String> certificatePins) {
    private static final Pattern PIN = Pattern.compile("sha256/[A-Za-z0-9+/]{43}=");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static final ServerSettings NONE = new ServerSettings(List.of());

    public ServerSettings {
        certificatePins = List.copyOf(Objects.requireNonNull(certificatePins, "certificatePins"));
        for (String pin : certificatePins) {
            if (!PIN.matcher(pin).matches()) {
                throw new IllegalArgumentException("A pin looks like sha256/<44 base64 characters>: " + pin);
            }
        }
    }

    static Path file(Path accountsFolder, String serverHost) {
        return accountsFolder.resolve(AccountRegistry.safe(serverHost) + ".server.json");
    }

    static ServerSettings load(Path accountsFolder, String serverHost) {
        Path file = file(accountsFolder, serverHost);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            List<String> pins = new ArrayList<>();
            n.path("certificatePins").forEach(p -> pins.add(p.asText()));
            return new ServerSettings(pins);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the server settings " + file, e);
        }
    }

    void save(Path accountsFolder, String serverHost) {
        Path file = file(accountsFolder, serverHost);
        try {
            OwnerOnly.createDirectories(accountsFolder);
            ObjectNode root = JSON.createObjectNode();
            root.put("format", 1);
            ArrayNode pins = root.putArray("certificatePins");
            certificatePins.forEach(pins::add);
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            OwnerOnly.createFile(temp);
            Files.write(temp, JSON.writeValueAsBytes(root));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the server settings " + file, e);
        }
    }
}
