package id.penghubung.store;

/** The file was written by a newer Penghubung: opening it could damage data this version does not understand. */
public final class NewerSchemaException extends StoreException {
    private final int fileVersion;
    private final int supportedVersion;

    NewerSchemaException(int fileVersion, int supportedVersion) {
        super("store.error.newerSchema", null, fileVersion, supportedVersion);
        this.fileVersion = fileVersion;
        this.supportedVersion = supportedVersion;
    }

    public int fileVersion() {
        return fileVersion;
    }

    public int supportedVersion() {
        return supportedVersion;
    }
}
