package id.penghubung.store.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the rows of a complaint register: a CSV file (UTF-8, comma or semicolon, a header row) or the
 * first sheet of an XLSX workbook (a header row). Each row is its values by lower-case header name
 * and its number as the officer sees it in the spreadsheet (the header is row 1). A date cell of a
 * workbook reads as {@code YYYY-MM-DDTHH:MM}.
 */
public final class RegisterRows {
    /** One row of the register. */
    public record Line(int number, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private RegisterRows() {
    }

    public static List<Line> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? xlsx(file) : csv(file);
    }

    static List<Line> csv(Path file) throws IOException {
        String head;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[4096];
            int n = r.read(buf);
            head = n < 0 ? "" : new String(buf, 0, n);
        }
        String firstLine = head.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        List<Line> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(r, format)) {
            List<String> names = parser.getHeaderNames().stream().map(RegisterRows::column).toList();
            for (CSVRecord rec : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < names.size() && i < rec.size(); i++) {
                    values.put(names.get(i), rec.get(i));
                }
                // The header is line 1; a record's first line is what the officer finds in the file.
                out.add(new Line((int) rec.getRecordNumber() + 1, values));
            }
        }
        return out;
    }

    static List<Line> xlsx(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            List<String> names = null;
            try (Stream<Row> rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    if (names == null) {
                        names = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            names.add(column(row.getCellText(i)));
                        }
                        continue;
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    boolean empty = true;
                    for (int i = 0; i < names.size(); i++) {
                        String v = i < row.getCellCount() ? text(row.getCell(i)) : "";
                        values.put(names.get(i), v);
                        empty &= v.isBlank();
                    }
                    if (!empty) {
                        out.add(new Line(row.getRowNum(), values));
                    }
                }
            }
        }
        return out;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && (format.contains("yy") || format.contains("d") && format.contains("m"))) {
                LocalDateTime at = cell.asDate();
                return at.getHour() == 0 && at.getMinute() == 0 ? at.toLocalDate().toString() : at.toString();
            }
            BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    private static String column(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace("\uFEFF", "");
    }
}
