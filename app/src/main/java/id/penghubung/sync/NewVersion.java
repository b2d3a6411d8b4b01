package id.penghubung.sync;

/** A newer client to tell the officer about (from {@link ClientUpdates#pending}); the UI's view of a release. */
public record NewVersion(String version, String notes, String downloadUrl) {
}
