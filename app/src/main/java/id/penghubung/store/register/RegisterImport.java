package id.penghubung.store.register;

import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.CreateValidator;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.Problem;
import id.penghubung.store.CaseStore;
import id.penghubung.store.NewComplaintQueue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Imports a register of complaints received elsewhere (issue 20): every valid row becomes one CREATE
 * in the outbox, chunks of rows to a transaction, so no row is ever half written; every invalid row is
 * refused with its reasons. A row's complaint id is derived from the file's SHA-256 and the row
 * number, so importing the same file again (after an interruption, or by mistake) skips the rows
 * already queued or already made instead of doubling them.
 */
public final class RegisterImport {
    public static final String CHANNEL_UNKNOWN = "validation.register.channel";
    public static final String DATE_UNREADABLE = "validation.register.date";
    public static final String CLASSIFICATION_UNKNOWN = "validation.register.classification";

    /** What became of one row. */
    public enum Outcome { IMPORTED, ALREADY_IMPORTED, REFUSED }

    public record RowResult(int row, Outcome outcome, String complaintId, List<Problem> problems) {
    }

    /** The reference the rows are checked against: category ids and names, the zone a bare date is read in. */
    public record Reference(Map<String, String> categories, ZoneId zone) {
    }

    private static final LocalDateTime EXCEL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final CaseStore store;
    private final ActingAccount account;
    private final Reference reference;
    private final Clock clock;

    public RegisterImport(CaseStore store, ActingAccount account, Reference reference, Clock clock) {
        this.store = store;
        this.account = account;
        this.reference = reference;
        this.clock = clock;
    }

    /** Imports every row of the file; the results in row order. */
    public List<RowResult> run(Path file) throws IOException {
        return run(file, () -> false);
    }

    /**
     * Imports the rows of the file until {@code stop} says so (checked before each row: the officer's
     * cancel, a closing window); the rows done so far stay queued and a later run skips them.
     */
    public List<RowResult> run(Path file, BooleanSupplier stop) throws IOException {
        return run(file, stop, (done, total) -> { });
    }

    /** What an import has done so far: rows read, of the file's {@code total} data rows. */
    @FunctionalInterface
    public interface Progress {
        void rows(int done, int total);
    }

    /**
     * As {@link #run(Path, BooleanSupplier)}, telling {@code progress} after each chunk. Valid rows are
     * queued {@value #CHUNK} to a transaction ({@link NewComplaintQueue}): a row is queued whole or not at
     * all, and the rows read before a stop are queued before the run returns.
     */
    public List<RowResult> run(Path file, BooleanSupplier stop, Progress progress) throws IOException {
        String hash = sha256(file);
        List<RegisterRows.Line> lines = RegisterRows.read(file);
        List<RowResult> results = new ArrayList<>(lines.size());
        List<Pending> chunk = new ArrayList<>(CHUNK);
        NewComplaintQueue queue = new NewComplaintQueue(store);
        for (RegisterRows.Line line : lines) {
            if (stop.getAsBoolean()) {
                break;
            }
            String id = UUID.nameUUIDFromBytes((hash + "#" + line.number()).getBytes(StandardCharsets.UTF_8)).toString();
            List<Problem> problems = new ArrayList<>();
            Optional<Create> create = toCreate(line, problems);
            if (create.isPresent()) {
                problems.addAll(CreateValidator.validate(create.get(), account, reference.categories().keySet(), clock.instant()));
            }
            if (!problems.isEmpty()) {
                results.add(new RowResult(line.number(), Outcome.REFUSED, null, List.copyOf(problems)));
                continue;
            }
            chunk.add(new Pending(results.size(), line.number(), id, create.get()));
            results.add(null);
            if (chunk.size() == CHUNK) {
                flush(queue, chunk, results);
                progress.rows(results.size(), lines.size());
            }
        }
        flush(queue, chunk, results);
        progress.rows(results.size(), lines.size());
        return results;
    }

    /** Rows queued to one transaction. */
    public static final int CHUNK = 250;

    private record Pending(int index, int row, String complaintId, Create create) {
    }

    private static void flush(NewComplaintQueue queue, List<Pending> chunk, List<RowResult> results) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Boolean> queued = queue.enqueue(chunk.stream()
                .map(p -> Map.entry(p.complaintId(), (OfficerAction) p.create())).toList());
        for (int i = 0; i < chunk.size(); i++) {
            Pending p = chunk.get(i);
            results.set(p.index(), new RowResult(p.row(), queued.get(i) ? Outcome.IMPORTED : Outcome.ALREADY_IMPORTED,
                    p.complaintId(), List.of()));
        }
        chunk.clear();
    }

    private Optional<Create> toCreate(RegisterRows.Line l, List<Problem> problems) {
        Optional<Channel> channel = channel(l.get("saluran"));
        if (channel.isEmpty()) {
            problems.add(Problem.of(CreateValidator.FIELD_CHANNEL, CHANNEL_UNKNOWN, l.get("saluran")));
        }
        Optional<Classification> classification = classification(l.get("klasifikasi"));
        if (classification.isEmpty()) {
            problems.add(Problem.of("classification", CLASSIFICATION_UNKNOWN, l.get("klasifikasi")));
        }
        Optional<Instant> received = received(l.get("tanggal_diterima"));
        if (received.isEmpty()) {
            problems.add(Problem.of(CreateValidator.FIELD_RECEIVED, DATE_UNREADABLE, l.get("tanggal_diterima")));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        String category = categoryId(l.get("kategori"));
        boolean anonymous = Boolean.TRUE.equals(yes(l.get("anonim")));
        Optional<Reporter> reporter = anonymous ? Optional.empty()
                : Optional.of(new Reporter(l.get("nama_pelapor"), optional(l.get("telepon")), optional(l.get("email")),
                        optional(l.get("nik"))));
        Location location = new Location(l.get("kode_provinsi"), l.get("provinsi"), l.get("kabupaten_kota"), l.get("kecamatan"),
                l.get("kelurahan"), l.get("detail_lokasi"), Optional.empty());
        return Optional.of(new Create(l.get("judul"), l.get("isi"), category, classification.get(), channel.get(), location,
                reporter, received.get(), List.of()));
    }

    private String categoryId(String given) {
        if (reference.categories().containsKey(given)) {
            return given;
        }
        return reference.categories().entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(given))
                .map(Map.Entry::getKey).findFirst().orElse(given);
    }

    static Optional<Channel> channel(String v) {
        return switch (v.toLowerCase(Locale.ROOT).replace(' ', '_')) {
            case "telepon", "phone", "telp" -> Optional.of(Channel.PHONE);
            case "surat", "letter" -> Optional.of(Channel.LETTER);
            case "tatap_muka", "loket", "in_person", "langsung" -> Optional.of(Channel.IN_PERSON);
            case "whatsapp", "wa" -> Optional.of(Channel.WHATSAPP);
            case "integrated", "terintegrasi", "kanal_terintegrasi" -> Optional.of(Channel.INTEGRATED);
            default -> Optional.empty();
        };
    }

    static Optional<Classification> classification(String v) {
        return switch (v.toLowerCase(Locale.ROOT).replace(' ', '_')) {
            case "", "pengaduan" -> Optional.of(Classification.PENGADUAN);
            case "aspirasi" -> Optional.of(Classification.ASPIRASI);
            case "permintaan_informasi", "informasi" -> Optional.of(Classification.PERMINTAAN_INFORMASI);
            default -> Optional.empty();
        };
    }

    private Optional<Instant> received(String v) {
        try {
            if (v.length() > 10 && v.charAt(10) == 'T' || v.length() > 10 && v.charAt(10) == ' ') {
                return Optional.of(LocalDateTime.parse(v.replace(' ', 'T')).atZone(reference.zone()).toInstant());
            }
            if (v.matches("[0-9]{5}(\\.[0-9]+)?")) {
                // A spreadsheet date cell without its format: days since 1899-12-30 (the serial number).
                double serial = Double.parseDouble(v);
                return Optional.of(EXCEL_EPOCH.plusSeconds(Math.round(serial * 86_400)).atZone(reference.zone()).toInstant());
            }
            LocalDate date = v.contains("/") ? LocalDate.parse(v, DMY) : LocalDate.parse(v);
            return Optional.of(date.atStartOfDay(reference.zone()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Boolean yes(String v) {
        String s = v.toLowerCase(Locale.ROOT);
        return s.equals("ya") || s.equals("y") || s.equals("true") || s.equals("1") || s.equals("yes");
    }

    private static Optional<String> optional(String v) {
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
