package id.penghubung.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the Linux image's launcher gives the desk and print beyond the class path (installer/src/linux/launcher.sh,
 * install-launcher.sh), for whole-process benches that start those from the build's jars: they measure the program as
 * it is installed.
 */
public final class ImageOptions {
    private ImageOptions() {
    }

    /** {@code -XX:+UseTransparentHugePages} where the kernel offers huge pages to a program that asks; else none. */
    public static List<String> hugePagesForTheDeskAndPrint() throws IOException {
        Path modes = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(modes) ? Files.readString(modes) : "";
        return mode.contains("[always]") || mode.contains("[madvise]") ? List.of("-XX:+UseTransparentHugePages") : List.of();
    }

    /** SQLite's native library from a folder (unpacked here once from sqlite-jdbc's jar), as the image's .cfg names it; none off Linux. */
    public static List<String> sqliteLibrary(Path folder) throws IOException {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64" -> "aarch64";
            default -> null;
        };
        Path library = folder.resolve("libsqlitejdbc.so");
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (arch == null || !System.getProperty("os.name").equals("Linux") || !entry.contains("sqlite-jdbc")) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                JarEntry packed = jar.getJarEntry("org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so");
                if (packed != null) {
                    Files.createDirectories(folder);
                    try (InputStream in = jar.getInputStream(packed)) {
                        Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return List.of("-Dorg.sqlite.lib.path=" + folder, "-Dorg.sqlite.lib.name=libsqlitejdbc.so");
                }
            }
        }
        return List.of();
    }
}
