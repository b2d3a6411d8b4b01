package id.penghubung.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * This JVM's class path with every class folder packed into a jar under {@code dir}: class-data sharing and the JDK's
 * AOT cache take classes from jars only (they refuse folders), so the whole-process benches start their children
 * from this.
 */
public final class JarClassPath {
    private JarClassPath() {
    }

    /** The class path as jars; without {@code test-classes} unless {@code withTestClasses}. */
    public static String of(Path dir, boolean withTestClasses) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
            } else if (withTestClasses || !path.getFileName().toString().equals("test-classes")) {
                Path jar = dir.resolve("classes-" + entries.size() + ".jar");
                Files.deleteIfExists(jar);
                try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(path)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                        out.putNextEntry(new JarEntry(path.relativize(file).toString().replace(File.separatorChar, '/')));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
                entries.add(jar.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
