package id.penghubung.protocol;

/** {@code POST /api/v1/auth/refresh} body; the old refresh token is spent by the call. */
public record RefreshRequest(String refreshToken) {
    @Override
    public String toString() {
        return "RefreshRequest[***]";
    }
}
