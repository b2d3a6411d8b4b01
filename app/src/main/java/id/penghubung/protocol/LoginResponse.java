package id.penghubung.protocol;

/** The answer to login and refresh: a token pair, the access token's lifetime in seconds, and who logged in. */
public record LoginResponse(String accessToken, String refreshToken, long expiresIn, UserInfo user) {
    @Override
    public String toString() {
        return "LoginResponse[tokens=***, expiresIn=" + expiresIn + ", user=" + user + "]";
    }
}
