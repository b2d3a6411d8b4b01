package id.penghubung.protocol;

/** {@code POST /api/v1/auth/login} body. */
public record LoginRequest(String username, String password) {
    @Override
    public String toString() {
        // Never let a password reach a log line.
        return "LoginRequest[username=" + username + ", password=***]";
    }
}
