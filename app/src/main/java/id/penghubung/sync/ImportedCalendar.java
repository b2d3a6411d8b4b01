package id.penghubung.sync;

import id.penghubung.model.calendar.CalendarEdition;
import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.model.calendar.CalendarOrigin;
import id.penghubung.model.calendar.Holiday;
import id.penghubung.model.calendar.HolidayTable;
import id.penghubung.model.calendar.HolidayTableReview;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.store.export.PrivateFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A holiday table office IT loaded on this computer (a new SKB before the next release), kept in
 * {@code <data>/kalender/} for every account. It is in force from the next sign-in, over the bundled
 * table and over a server's table checked before it; the stored deadlines are recomputed at open.
 */
public final class ImportedCalendar {
    static final String FOLDER = "kalender";
    static final String TABLE = "hari-libur-id.csv";
    static final String EDITION = "edisi.properties";
    private static final Logger LOG = LoggerFactory.getLogger(ImportedCalendar.class);

    /** What an import did: the review, and whether the table was written. */
    public record Outcome(HolidayTableReview review, boolean written, WorkingCalendar calendar) {
    }

    private ImportedCalendar() {
    }

    /** The calendar to start a session with: the imported one if there is a readable one, else the bundled. */
    public static CalendarHolder holder(Path dataFolder) {
        return new CalendarHolder(current(dataFolder));
    }

    /** The calendar in force on this computer before any server speaks. */
    public static WorkingCalendar current(Path dataFolder) {
        return load(dataFolder).orElseGet(WorkingCalendar::bundled);
    }

    static Optional<WorkingCalendar> load(Path dataFolder) {
        Path folder = dataFolder.resolve(FOLDER);
        Path table = folder.resolve(TABLE);
        if (!Files.isRegularFile(table)) {
            return Optional.empty();
        }
        try (Reader csv = Files.newBufferedReader(table, StandardCharsets.UTF_8);
             Reader edition = Files.newBufferedReader(folder.resolve(EDITION), StandardCharsets.UTF_8)) {
            List<Holiday> holidays = HolidayTable.parseCsv(csv);
            Properties properties = new Properties();
            properties.load(edition);
            return Optional.of(WorkingCalendar.of(holidays, WorkingCalendar.DEFAULT_ZONE,
                    CalendarEdition.fromProperties(properties, CalendarOrigin.IMPORTED)));
        } catch (IOException | RuntimeException e) {
            // A damaged import must not stop a sign-in: the bundled table stands in, and the log says why.
            LOG.warn("The imported holiday table in {} cannot be read, using the bundled one: {}", folder, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Reads a table in the bundled CSV form, reviews it against the one in force and, when it passes
     * (fewer days off only with {@code acceptShrink}), keeps it. A malformed file fails with its line.
     */
    public static Outcome importTable(Path dataFolder, Path csvFile, boolean acceptShrink, LocalDate today) throws IOException {
        List<Holiday> holidays;
        try (Reader csv = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8)) {
            holidays = HolidayTable.parseCsv(csv);
        }
        WorkingCalendar inForce = current(dataFolder);
        HolidayTableReview review = HolidayTableReview.of(inForce, holidays);
        if (!review.acceptable(acceptShrink)) {
            return new Outcome(review, false, inForce);
        }
        CalendarEdition inferred = CalendarEdition.inferred(holidays);
        CalendarEdition edition = new CalendarEdition("Impor: " + csvFile.getFileName() + " (" + today + ")",
                Optional.of(today), inferred.years(), CalendarOrigin.IMPORTED);
        Path folder = dataFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        // The edition first: a table without its edition is never read as decreed by a later start.
        PrivateFile.write(folder.resolve(EDITION), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            edition.toProperties().store(w, "Penghubung: imported holiday table");
            w.flush();
            return null;
        });
        PrivateFile.write(folder.resolve(TABLE), out -> {
            Files.copy(csvFile, out);
            return null;
        });
        return new Outcome(review, true, WorkingCalendar.of(holidays, WorkingCalendar.DEFAULT_ZONE, edition));
    }
}
