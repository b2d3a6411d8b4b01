package id.penghubung.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The reporter's identity. Exists only for reports that are not anonymous; never logged
 * ({@link #toString()} says nothing about the person).
 */
public record Reporter(String name, Optional<String> phone, Optional<String> email, Optional<String> nik) {
    public Reporter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(nik, "nik");
    }

    @Override
    public String toString() {
        return "Reporter[redacted]";
    }
}
