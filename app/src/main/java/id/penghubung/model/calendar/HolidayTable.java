package id.penghubung.model.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The holiday table's CSV form, shared by the bundled table, an imported file and the training server. */
public final class HolidayTable {
    /** The CSV header, column for column. */
    public static final String CSV_HEADER = "date,kind,name,estimated";

    private HolidayTable() {
    }

    /**
     * Reads the holiday table: header {@value #CSV_HEADER}, then one holiday per line, e.g.
     * {@code 2026-03-20,CUTI_BERSAMA,Cuti Bersama Hari Raya Idul Fitri,false}. Fields may be quoted
     * with double quotes (a name with a comma; {@code ""} inside quotes is one quote); a quoted field
     * cannot span lines. Blank lines are skipped. A bad row fails with its line number.
     *
     * @throws HolidayDataException on a malformed header or row
     * @throws UncheckedIOException when the reader fails
     */
    public static List<Holiday> parseCsv(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        List<Holiday> holidays = new ArrayList<>();
        int lineNumber = 0;
        boolean headerSeen = false;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = splitCsvLine(line, lineNumber);
                if (!headerSeen) {
                    String header = String.join(",", fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList());
                    if (!header.equals(CSV_HEADER)) {
                        throw new HolidayDataException(lineNumber, "expected the header '" + CSV_HEADER + "' but found '" + line + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                holidays.add(parseRow(fields, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday table at line " + (lineNumber + 1), e);
        }
        if (!headerSeen) {
            throw new HolidayDataException(0, "empty table, expected the header '" + CSV_HEADER + "'");
        }
        return List.copyOf(holidays);
    }

    private static Holiday parseRow(List<String> fields, int lineNumber) {
        if (fields.size() != 4) {
            throw new HolidayDataException(lineNumber, "expected 4 fields (" + CSV_HEADER + ") but found " + fields.size());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(0).strip());
        } catch (DateTimeParseException e) {
            throw new HolidayDataException(lineNumber, "not a date (yyyy-mm-dd): '" + fields.get(0) + "'");
        }
        HolidayKind kind;
        try {
            kind = HolidayKind.valueOf(fields.get(1).strip());
        } catch (IllegalArgumentException e) {
            throw new HolidayDataException(lineNumber, "unknown kind '" + fields.get(1) + "' (LIBUR_NASIONAL or CUTI_BERSAMA)");
        }
        String name = fields.get(2).strip();
        if (name.isEmpty()) {
            throw new HolidayDataException(lineNumber, "the name is empty");
        }
        String estimated = fields.get(3).strip().toLowerCase(Locale.ROOT);
        if (!estimated.equals("true") && !estimated.equals("false")) {
            throw new HolidayDataException(lineNumber, "estimated must be true or false, not '" + fields.get(3) + "'");
        }
        return new Holiday(date, kind, name, estimated.equals("true"));
    }

    private static List<String> splitCsvLine(String line, int lineNumber) {
        List<String> fields = new ArrayList<>(4);
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < line.length()) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (!closed) {
                    throw new HolidayDataException(lineNumber, "unterminated quoted field");
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new HolidayDataException(lineNumber, "text after a closing quote at column " + (i + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= line.length()) {
                return fields;
            }
            i++; // the comma
        }
    }
}
