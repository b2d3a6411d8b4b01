package id.penghubung.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where each operating system keeps a user's application data. */
public final class AppDirectories {
    private AppDirectories() {
    }

    public static Path defaultDataDirectory() {
        return dataDirectory(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static Path dataDirectory(String osName, String userHome, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Penghubung")
                    : Path.of(userHome, "AppData", "Roaming", "Penghubung");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Penghubung");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "penghubung")
                : Path.of(userHome, ".local", "share", "penghubung");
    }
}
