package id.penghubung.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import id.penghubung.i18n.Messages;
import id.penghubung.model.calendar.HolidayDataException;
import id.penghubung.store.StoreException;
import id.penghubung.store.crypto.CryptoException;
import id.penghubung.store.crypto.WrongPasswordException;
import id.penghubung.sync.AnswerRefusedException;
import id.penghubung.sync.ApiException;
import id.penghubung.sync.AuthenticationRequired;
import id.penghubung.sync.InsecureServerException;
import id.penghubung.sync.SyncCancelledException;
import id.penghubung.sync.TransportException;
import id.penghubung.testing.ProductionClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every exception type the code throws reads as officer text in both languages (issue 15): no message
 * key, no "!key!", no class name, no exception message reaches the screen or the terminal.
 */
class OfficerTextTest {
    private static final Pattern KEY_THROWN = Pattern.compile("new \\w*Exception\\(\"([a-z]+\\.[a-zA-Z.]+)\"");
    private static final Pattern RAW = Pattern.compile("![a-zA-Z.]+!|\\b(store|ui|sync|cli)\\.[a-z]+\\.[a-zA-Z]+|Exception|\\[\\.\\.\\]|RAW-DETAIL");

    private static Throwable make(String className, Object... args) throws Exception {
        Class<?> type = Class.forName(className);
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() == args.length) {
                c.setAccessible(true);
                return (Throwable) c.newInstance(args);
            }
        }
        throw new IllegalArgumentException("no constructor with " + args.length + " arguments: " + className);
    }

    /** One or more of each exception type the application code throws, with raw details that must not show. */
    private static List<Throwable> samples() throws Exception {
        List<Throwable> all = new ArrayList<>(List.of(
                new HolidayDataException(3, "RAW-DETAIL"),
                new TransportException("RAW-DETAIL", null),
                new TransportException("RAW-DETAIL", null, true),
                new AnswerRefusedException(AnswerRefusedException.Reason.TOO_LARGE, "RAW-DETAIL"),
                new ApiException("NOT_ALLOWED", 409, "RAW-DETAIL", Map.of(), null),
                new ApiException("BUSY", 503, "RAW-DETAIL", Map.of(), null),
                new ApiException("INTERNAL", 500, "RAW-DETAIL", Map.of(), null),
                new SyncCancelledException(),
                new InsecureServerException("http://RAW-DETAIL"),
                new AuthenticationRequired("RAW-DETAIL"),
                new CryptoException("RAW-DETAIL"),
                new WrongPasswordException(),
                new IOException("RAW-DETAIL"),
                new NoSuchFileException("/tmp/berkas.pdf"),
                new UncheckedIOException(new IOException("RAW-DETAIL")),
                new IllegalStateException("store.error.newerSchema [9, 5]"),
                new RuntimeException(new IllegalArgumentException("RAW-DETAIL")),
                make("id.penghubung.store.DiskFullException", new IOException("RAW-DETAIL")),
                make("id.penghubung.store.NewerSchemaException", 9, 5),
                make("id.penghubung.store.RowTooLargeException", "body", 120_000, 100_000),
                // A sign-in that failed because the cache is newer: the cause says what is wrong.
                new RuntimeException("RAW-DETAIL", make("id.penghubung.store.NewerSchemaException", 9, 5)),
                new StoreException("store.error.noSuchKeyAnywhere", null)));
        for (String key : keysThrown()) {
            all.add(new StoreException(key, null, "x"));
            all.add(make("id.penghubung.store.DamagedStoreException", key, null, new Object[] {"x"}));
            all.add(make("id.penghubung.store.StoreLockedException", key, null));
        }
        return all;
    }

    /** Every message key the main code passes to an exception's constructor. */
    private static Set<String> keysThrown() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_THROWN.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyExceptionTypeTheCodeThrowsReadsAsOfficerTextInBothLanguages() throws Exception {
        List<Throwable> samples = samples();
        for (Messages messages : List.of(Messages.indonesian(), Messages.of(Messages.ENGLISH))) {
            for (Throwable t : samples) {
                String text = OfficerText.of(messages, t);
                assertThat(text).as("%s in %s", t, messages.locale()).isNotBlank().doesNotContainPattern(RAW)
                        .doesNotContain(t.getClass().getSimpleName());
            }
        }
        assertThat(keysThrown()).as("the scan finds the keys").contains("store.error.damaged", "store.error.locked");
    }

    @Test
    void theSamplesCoverEveryExceptionClassOfTheDeskTheSyncAndTheStore() throws Exception {
        Set<String> sampled = samples().stream().flatMap(t -> Stream.iterate(t, x -> x != null, Throwable::getCause))
                .map(t -> t.getClass().getName()).collect(Collectors.toSet());
        Set<String> thrown = ProductionClasses.get().stream()
                .filter(c -> c.isAssignableTo(Throwable.class))
                .filter(c -> !c.getPackageName().startsWith("id.penghubung.central")) // the server shows no officer text
                .filter(c -> !c.isNestedClass() && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .filter(c -> !c.getName().equals("id.penghubung.cli.CommandProblem")) // already officer text
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(sampled).containsAll(thrown);
    }

    @Test
    void aDamagedOrNewerCacheSaysSoAndIsRecognisedAsUnusable() throws Exception {
        Messages id = Messages.indonesian();
        Throwable damaged = new RuntimeException("open failed",
                make("id.penghubung.store.DamagedStoreException", "store.error.damaged", null, new Object[0]));
        assertThat(OfficerText.of(id, damaged)).isEqualTo(id.get("ui.error.damagedCache"));
        assertThat(OfficerText.isUnusableCache(damaged)).isTrue();
        Throwable newer = make("id.penghubung.store.NewerSchemaException", 9, 5);
        assertThat(OfficerText.of(id, newer)).contains("versi Penghubung yang lebih baru").contains("9");
        assertThat(OfficerText.isUnusableCache(newer)).isTrue();
        assertThat(OfficerText.isUnusableCache(new TransportException("down", null))).isFalse();
    }
}
