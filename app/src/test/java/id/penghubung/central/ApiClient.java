package id.penghubung.central;

import com.fasterxml.jackson.databind.JsonNode;
import id.penghubung.protocol.ActionsRequest;
import id.penghubung.protocol.ActionsResponse;
import id.penghubung.protocol.ChangesPage;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.LoginRequest;
import id.penghubung.protocol.LoginResponse;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireComplaint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A small OkHttp client of the protocol for the tests: real HTTP on loopback. */
final class ApiClient {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS).readTimeout(60, TimeUnit.SECONDS).retryOnConnectionFailure(false).build();

    record Reply(int code, String body, Map<String, String> headers) {
        JsonNode json() {
            try {
                return Json.lenient().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        <T> T as(Class<T> type) {
            try {
                return Json.lenient().readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + type.getSimpleName() + ": " + body, e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }
    }

    final URI base;
    String token;

    ApiClient(URI base) {
        this.base = base;
    }

    static ApiClient login(URI base, String user) {
        ApiClient client = new ApiClient(base);
        Reply r = client.post("/api/v1/auth/login", new LoginRequest(user, CentralServer.TRAINING_PASSWORD));
        if (r.code() != 200) {
            throw new IllegalStateException("login failed: " + r);
        }
        client.token = r.as(LoginResponse.class).accessToken();
        return client;
    }

    Reply get(String path) {
        return send(new Request.Builder().url(base + path).get());
    }

    Reply post(String path, Object body) {
        try {
            return postRaw(path, Json.lenient().writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply postRaw(String path, byte[] body) {
        return send(new Request.Builder().url(base + path).post(RequestBody.create(body, JSON)));
    }

    Reply send(Request.Builder builder) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try (Response response = HTTP.newCall(builder.build()).execute()) {
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().names().forEach(n -> headers.put(n.toLowerCase(java.util.Locale.ROOT), response.header(n)));
            return new Reply(response.code(), response.body().string(), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ActionsResponse act(WireAction... actions) {
        Reply r = post("/api/v1/actions", new ActionsRequest(List.of(actions)));
        if (r.code() != 200) {
            throw new IllegalStateException("actions failed: " + r);
        }
        return r.as(ActionsResponse.class);
    }

    /** Follows the feed from the beginning to the end; the latest version of each complaint and the removed ids. */
    Map<String, WireComplaint> pullAll(int limit) {
        Map<String, WireComplaint> all = new LinkedHashMap<>();
        String cursor = null;
        while (true) {
            ChangesPage page = page(cursor, limit);
            page.items().forEach(c -> all.put(c.id(), c));
            page.removed().forEach(all::remove);
            cursor = page.nextCursor();
            if (!page.hasMore()) {
                return all;
            }
        }
    }

    /** The cursor at the end of the feed now. */
    String pullAllCursor() {
        String cursor = null;
        while (true) {
            ChangesPage page = page(cursor, 1000);
            cursor = page.nextCursor();
            if (!page.hasMore()) {
                return cursor;
            }
        }
    }

    ChangesPage page(String cursor, int limit) {
        Reply r = get("/api/v1/changes?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
        if (r.code() != 200) {
            throw new IllegalStateException("changes failed: " + r);
        }
        return r.as(ChangesPage.class);
    }
}
