package id.penghubung.sync;

import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.LoginResponse;
import id.penghubung.protocol.ProvinceIndicators;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.WireAction;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The central server as the client sees it (protocol v1). The only door to the network, so an
 * adapter for another server can replace {@link OkHttpCentralApi}. Every method throws
 * {@link CentralException}: {@link ApiException} for an error answer, {@link TransportException}
 * for a broken exchange, {@link AuthenticationRequired} when the session cannot be renewed.
 */
public interface CentralApi extends AutoCloseable {
    URI server();

    /** Signs in and keeps the token pair in memory. Wrong credentials: {@link ApiException} with status 401. */
    LoginResponse login(String username, char[] password);

    /** True while a token pair is held. */
    boolean signedIn();

    /** Forgets the tokens. */
    void signOut();

    /** One page of changes after {@code cursor} (empty: from the beginning), streamed into the consumer. */
    void changes(Optional<String> cursor, int limit, PageConsumer consumer);

    /** Pushes actions in order; one result per action, same order. */
    List<ActionResult> pushActions(List<WireAction> batch);

    /** Uploads an attachment; idempotent by hash. */
    void uploadAttachment(String sha256, byte[] bytes, String mediaType);

    void uploadAttachment(String sha256, Path file, String mediaType);

    /**
     * Where uploads find the name of the file the officer attached (sent as {@code fileName}, so the
     * server keeps "surat-tugas-DLH.pdf" rather than naming it by its hash). Set once by the session.
     */
    default void nameUploadsBy(Function<String, Optional<String>> fileNames) {
    }

    /**
     * Downloads an attachment from {@code fromByte} on (HTTP Range), at most {@code maxBytes} in all
     * (its declared size, never more than the protocol's maximum): a server that announces or sends
     * more gets {@link AnswerRefusedException} and the sink no byte beyond the limit. Returns the
     * total size of the file when the server said it, else -1.
     */
    long downloadAttachment(String sha256, long fromByte, long maxBytes, AttachmentSink sink);

    ReferenceData reference();

    /** Issue 18: every institution's indicators for the caller's province and the period (inclusive dates). */
    ProvinceIndicators provinceIndicators(LocalDate from, LocalDate to);

    /** A cheap request that only proves the server answers (any HTTP status counts). */
    void probe();

    /** The number of HTTP requests sent so far (for "nothing new is one request" and diagnostics). */
    long requestCount();

    /** Response body bytes received so far (as sent, i.e. compressed when gzip was used). */
    long bytesReceived();

    @Override
    void close();
}
