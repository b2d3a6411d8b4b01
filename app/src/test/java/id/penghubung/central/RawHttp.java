package id.penghubung.central;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket from a chosen loopback source address (127.0.0.2, ... are all
 * loopback on Linux), so a test can play several clients, or a misbehaving one.
 */
final class RawHttp {
    record Reply(int code, Map<String, String> headers, String body) {
    }

    private RawHttp() {
    }

    static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connected socket from 127.0.0.{@code from} to the server, with a read timeout. */
    static Socket connect(int from, int port, int readTimeoutMillis) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(loopback(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        socket.setSoTimeout(readTimeoutMillis);
        return socket;
    }

    /** One POST with a JSON body on its own connection, read to the end (10 s at most). */
    static Reply postJson(int from, int port, String path, String json) {
        return postJson(from, port, path, json, 10_000);
    }

    static Reply postJson(int from, int port, String path, String json, int readTimeoutMillis) {
        try (Socket socket = connect(from, port, readTimeoutMillis)) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", path, body.length).getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String head(String method, String path, long contentLength) {
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n";
    }

    /** Reads a response of a {@code Connection: close} exchange (status line, headers, body to EOF). */
    static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }
}
