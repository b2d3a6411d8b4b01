package id.penghubung.protocol;

import java.util.Objects;

/**
 * The client version an agency's server recommends (the {@code client} object of the reference data,
 * or a JSON file of the same shape at a configured URL): the desk says a newer one exists, with its
 * notes and where IT gets it. Never downloaded or installed by the program.
 */
public record ClientRelease(String latestVersion, String notes, String downloadUrl) {
    public ClientRelease {
        Objects.requireNonNull(latestVersion, "latestVersion");
        notes = notes == null ? "" : notes;
        downloadUrl = downloadUrl == null ? "" : downloadUrl;
    }
}
