package id.penghubung.cli;

import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.KeyWrap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * A child JVM for {@link PrintBench}: unwraps an account's data key once, cold, the way {@code print} does
 * ({@link KeyWrap#unlock(Path, char[])}), and prints "wallSeconds cpuSeconds" of that call alone, so the
 * bench can size the unlock apart from the rest of a print. The account list is read first, as {@code print} reads it
 * before the unlock: the JSON reader's start-up, which the key file's reading would otherwise pay here, is not
 * counted twice (once in the print, once subtracted as the unlock's).
 * Arguments: the account folder; the password comes from {@code PENGHUBUNG_PASSWORD}.
 */
final class UnlockTimingMain {
    private UnlockTimingMain() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        char[] password = System.getenv("PENGHUBUNG_PASSWORD").toCharArray();
        Path folder = Path.of(args[0]);
        new AccountRegistry(folder.getParent().getParent()).accounts();
        Path keyFile = KeyWrap.fileIn(folder);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        try (DataKey key = KeyWrap.unlock(keyFile, password)) {
            long wall = System.nanoTime() - wall0;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            System.out.println(wall / 1e9 + " " + cpu / 1e9 + " " + (key != null));
        }
    }
}
