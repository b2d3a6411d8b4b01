package id.penghubung.testing;

/** Where a byte string first stands in a file's bytes: the tests' search for plaintext on disk. */
public final class ByteSearch {
    private ByteSearch() {
    }

    /** The first index of {@code needle} in {@code hay}, or -1. */
    public static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
