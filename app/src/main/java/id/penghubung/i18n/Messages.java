package id.penghubung.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The message bundles: Bahasa Indonesia is the root bundle, English the one translation.
 * No fallback to the JVM's default locale, so an officer on an English system still gets
 * Indonesian unless English was chosen.
 */
public final class Messages {
    public static final String BUNDLE = "penghubung.i18n.messages";
    public static final Locale INDONESIAN = Locale.of("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Messages(locale.getLanguage().equals("en") ? ENGLISH : INDONESIAN);
    }

    public static Messages indonesian() {
        return of(INDONESIAN);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The label of an enum constant, from the key {@code enum.<SimpleName>.<CONSTANT>}
     * (e.g. {@code enum.Status.PROSES}). The bundle test checks every such key names a real constant.
     */
    public String label(Enum<?> value) {
        if (value.name().equals("OTHER")) {
            // Where the received name is not at hand (an inbox row): the generic label with an ellipsis.
            return get(enumKey(value), "…");
        }
        return get(enumKey(value));
    }

    /**
     * The label of a value of an open enum (status, event type, classification, channel): for
     * {@code OTHER}, the key {@code enum.<SimpleName>.OTHER} with the name the server sent
     * ("Peristiwa lain: …"); else as {@link #label(Enum)}.
     */
    public String label(Enum<?> value, String asReceived) {
        if (value.name().equals("OTHER")) {
            return get(enumKey(value), asReceived);
        }
        return label(value);
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The text for a key, with {0}-style arguments filled in (enum arguments by their labels). A missing key shows as !key! rather than failing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        // An enum argument (a status, an action) reads as its label, never as its constant name.
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Enum<?> value && has(enumKey(value)) ? label(value) : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
