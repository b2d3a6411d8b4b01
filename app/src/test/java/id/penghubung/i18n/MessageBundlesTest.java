package id.penghubung.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two bundles say the same things: every key in both, none unused, none missing, the same
 * placeholders. "Used" means the key appears as a string literal in the application's sources,
 * or it is an enum label {@code enum.<Enum>.<CONSTANT>} naming a real constant.
 */
class MessageBundlesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** Keys read by libraries by convention rather than by our code. */
    private static final Set<String> FRAMEWORK_KEYS = Set.of(
            "mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A call that reads a key from the bundle, by the names we give Messages instances. */
    private static final Pattern KEY_READ = Pattern.compile(
            "\\b(?:messages|msg|i18n|texts)\\(?\\)?\\.(?:get|has)\\(\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties indonesian;
    private static Properties english;
    private static Set<String> literals;
    private static Set<String> keysReadInCode;

    @BeforeAll
    static void load() throws IOException {
        indonesian = bundle("/penghubung/i18n/messages.properties");
        english = bundle("/penghubung/i18n/messages_en.properties");
        literals = new HashSet<>();
        keysReadInCode = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher literal = STRING_LITERAL.matcher(source);
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
                Matcher read = KEY_READ.matcher(source);
                while (read.find()) {
                    keysReadInCode.add(read.group(1));
                }
            }
        }
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s on the class path", resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** Properties keeps the last of two equal keys silently; a union merge of the bundles can produce them. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String resource : List.of("/penghubung/i18n/messages.properties", "/penghubung/i18n/messages_en.properties")) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            Properties counting = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (!seen.add((String) key)) {
                        twice.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource);
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                counting.load(reader);
            }
            assertThat(twice).as("keys defined twice in %s", resource).isEmpty();
        }
    }

    /**
     * A message with placeholders goes through {@link java.text.MessageFormat}, where a single
     * apostrophe starts a quoted run: "agency's {0}" would print the braces and drop the value.
     * Such messages must write the apostrophe twice.
     */
    @Test
    void placeholderMessagesKeepTheirApostrophesAndValues() {
        List<String> problems = new ArrayList<>();
        for (Properties bundle : List.of(indonesian, english)) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                Matcher placeholder = PLACEHOLDER.matcher(pattern);
                int arguments = 0;
                while (placeholder.find()) {
                    arguments = Math.max(arguments, Integer.parseInt(placeholder.group(1)) + 1);
                }
                if (arguments == 0 || pattern.matches("(?s).*\\{\\d+,\\s*(choice|number|date|time).*")) {
                    continue;
                }
                Object[] values = new Object[arguments];
                for (int i = 0; i < arguments; i++) {
                    values[i] = "\u2983" + i + "\u2984";
                }
                String shown = new java.text.MessageFormat(pattern, Locale.ROOT).format(values);
                String expected = PLACEHOLDER.matcher(pattern.replace("''", "'"))
                        .replaceAll(match -> "\u2983" + match.group(1) + "\u2984");
                if (!shown.equals(expected)) {
                    problems.add(key + " -> " + shown);
                }
            }
        }
        assertThat(problems).as("messages whose apostrophes swallow text or placeholders").isEmpty();
    }

    @Test
    void everyKeyIsInBothLanguages() {
        Set<String> onlyIndonesian = new TreeSet<>(indonesian.stringPropertyNames());
        onlyIndonesian.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(indonesian.stringPropertyNames());
        assertThat(onlyIndonesian).as("keys missing from messages_en.properties").isEmpty();
        assertThat(onlyEnglish).as("keys missing from messages.properties (Bahasa Indonesia)").isEmpty();
    }

    @Test
    void noValueIsBlankAndPlaceholdersMatch() {
        List<String> problems = new ArrayList<>();
        for (String key : indonesian.stringPropertyNames()) {
            String id = indonesian.getProperty(key);
            String en = english.getProperty(key, "");
            if (id.isBlank() || en.isBlank()) {
                problems.add(key + ": blank");
            } else if (!placeholders(id).equals(placeholders(en))) {
                problems.add(key + ": placeholders " + placeholders(id) + " vs " + placeholders(en));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsUnused() {
        List<String> unused = indonesian.stringPropertyNames().stream()
                .filter(key -> !FRAMEWORK_KEYS.contains(key))
                .filter(key -> !literals.contains(key))
                .filter(key -> !isEnumLabel(key))
                .sorted()
                .toList();
        assertThat(unused).as("keys no code reads (remove them, or read them)").isEmpty();
    }

    @Test
    void everyKeyTheCodeReadsExists() {
        assertThat(keysReadInCode).as("the scan found the code's key reads").isNotEmpty();
        List<String> missing = keysReadInCode.stream().filter(key -> !indonesian.containsKey(key)).toList();
        assertThat(missing).as("keys read in code but absent from the bundles").isEmpty();
    }

    @Test
    void enumLabelsNameRealConstants() {
        List<String> wrong = indonesian.stringPropertyNames().stream()
                .filter(key -> key.startsWith("enum."))
                .filter(key -> !isEnumLabel(key))
                .sorted()
                .toList();
        assertThat(wrong).as("enum.<Enum>.<CONSTANT> keys whose enum or constant does not exist").isEmpty();
    }

    @Test
    void lookupFallsBackToIndonesianNotTheSystemLanguage() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.of(Locale.of("id")).get("main.welcome")).isEqualTo(indonesian.getProperty("main.welcome"));
            assertThat(Messages.of(Locale.FRENCH).get("main.welcome")).isEqualTo(indonesian.getProperty("main.welcome"));
            assertThat(Messages.of(Locale.ENGLISH).get("main.welcome")).isEqualTo(english.getProperty("main.welcome"));
        } finally {
            Locale.setDefault(previous);
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** enum.Status.PROSES is used when some enum named Status in the sources has the constant PROSES. */
    private static boolean isEnumLabel(String key) {
        String[] parts = key.split("\\.");
        if (parts.length != 3 || !parts[0].equals("enum")) {
            return false;
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals(parts[1] + ".java"))
                    .map(f -> SOURCES.relativize(f).toString().replace(".java", "").replace(f.getFileSystem().getSeparator(), "."))
                    .anyMatch(className -> hasConstant(className, parts[2]));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasConstant(String className, String constant) {
        try {
            Class<?> type = Class.forName(className);
            if (!type.isEnum()) {
                return false;
            }
            for (Object value : type.getEnumConstants()) {
                if (((Enum<?>) value).name().equals(constant)) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
