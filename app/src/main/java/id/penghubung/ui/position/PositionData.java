package id.penghubung.ui.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What "Posisi kami" reads (the narrow port of its view model): the province indicators the server
 * publishes for a period, kept by the desk, and the last copy kept when the server cannot be reached.
 */
public interface PositionData {
    /** One institution's published row; {@code score} null when it has none. */
    record Institution(String id, String name, int rank, String volumeGroup, int received, int followUpDue,
            int followUpOnTime, int overdueOpen, Double score) {
    }

    /** A published copy: the province, the period, the calendar version, when it was fetched, the rows. */
    record Published(String provinceName, LocalDate from, LocalDate to, String calendar, Instant fetchedAt,
            List<Institution> institutions) {
        public Published {
            institutions = List.copyOf(institutions);
        }
    }

    /** A desk without a server (store-only start): never anything to show. */
    PositionData NONE = new PositionData() {
        @Override
        public Published fetch(LocalDate from, LocalDate to) {
            throw new IllegalStateException("No server for this desk");
        }

        @Override
        public Optional<Published> last() {
            return Optional.empty();
        }
    };

    /** Asks the server (blocking: call off the FX thread); throws when it cannot answer. */
    Published fetch(LocalDate from, LocalDate to);

    /** The last copy kept, of any period. */
    Optional<Published> last();
}
