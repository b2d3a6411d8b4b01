package id.penghubung.model.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a holiday table rests on: a version an officer can read ("SKB 3 Menteri No. 1497/2025 …"),
 * when it was last checked, and which years are decreed. A covered year not named is {@link
 * YearStatus#DECREED}; a year outside the table has no status (see {@link WorkingCalendar#covers}).
 */
public record CalendarEdition(String version, Optional<LocalDate> updated, Map<Integer, YearStatus> years, CalendarOrigin origin) {

    /** Where the edition of the bundled table lives on the class path. */
    public static final String BUNDLED_RESOURCE = "/penghubung/data/hari-libur-id-edisi.properties";
    private static final int MAX_VERSION_LENGTH = 200;

    public CalendarEdition {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(origin, "origin");
        version = version.strip();
        if (version.length() > MAX_VERSION_LENGTH) {
            version = version.substring(0, MAX_VERSION_LENGTH);
        }
        years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
    }

    /**
     * Whether an imported table stays in force over a server's: it does unless the server's edition
     * was checked after the day of the import.
     */
    public boolean outranks(CalendarEdition server) {
        if (origin != CalendarOrigin.IMPORTED) {
            return false;
        }
        return server.updated().isEmpty() || updated.isEmpty() || !server.updated().get().isAfter(updated.get());
    }

    /** The status of a covered year. */
    public YearStatus status(int year) {
        return years.getOrDefault(year, YearStatus.DECREED);
    }

    /**
     * For a table that came without an edition (an older server): a year whose moving holidays are
     * estimates and which has no cuti bersama is taken as not decreed, never as decreed.
     */
    public static CalendarEdition inferred(Collection<Holiday> holidays) {
        Map<Integer, Boolean> anyEstimate = new TreeMap<>();
        Map<Integer, Boolean> anyCutiBersama = new TreeMap<>();
        for (Holiday h : holidays) {
            int year = h.date().getYear();
            anyEstimate.merge(year, h.estimated(), Boolean::logicalOr);
            anyCutiBersama.merge(year, h.kind() == HolidayKind.CUTI_BERSAMA, Boolean::logicalOr);
        }
        Map<Integer, YearStatus> years = new TreeMap<>();
        anyEstimate.forEach((year, estimated) -> {
            if (!anyCutiBersama.get(year)) {
                years.put(year, estimated ? YearStatus.NOT_DECREED : YearStatus.CUTI_BERSAMA_NOT_DECREED);
            }
        });
        return new CalendarEdition("", Optional.empty(), years, CalendarOrigin.SERVER);
    }

    /** The edition shipped with the application. */
    public static CalendarEdition bundled() {
        try (InputStream in = CalendarEdition.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The calendar edition " + BUNDLED_RESOURCE + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return fromProperties(properties, CalendarOrigin.BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /** Reads {@code version}, {@code updated} and {@code year.YYYY} lines (the bundled file's form). */
    public static CalendarEdition fromProperties(Properties properties, CalendarOrigin origin) {
        Map<Integer, YearStatus> years = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("year.")) {
                try {
                    years.put(Integer.parseInt(name.substring(5)), YearStatus.valueOf(properties.getProperty(name).strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("Bad calendar edition line " + name + "=" + properties.getProperty(name), e);
                }
            }
        }
        Optional<LocalDate> updated;
        try {
            updated = Optional.ofNullable(properties.getProperty("updated")).map(String::strip).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Bad calendar edition date: " + properties.getProperty("updated"), e);
        }
        return new CalendarEdition(properties.getProperty("version", ""), updated, years, origin);
    }

    /** The same edition in the bundled file's form. */
    public Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty("version", version);
        updated.ifPresent(d -> properties.setProperty("updated", d.toString()));
        years.forEach((year, status) -> properties.setProperty("year." + year, status.name()));
        return properties;
    }
}
