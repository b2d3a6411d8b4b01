package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint the agency received elsewhere (phone, letter, counter, its own hotline) entered by the
 * officer. The complaint's id is a UUID the client makes (the outbox entry's complaintId); the server
 * assigns the tracking ID. An empty {@code reporter} means anonymous.
 */
public record Create(
        String title,
        String body,
        String categoryId,
        Classification classification,
        Channel channel,
        Location location,
        Optional<Reporter> reporter,
        Instant receivedAt,
        List<String> attachmentShas) implements OfficerAction {

    /** The channels an officer enters a complaint from; the LAPOR! channels come in by themselves. */
    public static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.LETTER, Channel.IN_PERSON, Channel.WHATSAPP,
            Channel.INTEGRATED);

    public Create {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(receivedAt, "receivedAt");
        attachmentShas = List.copyOf(attachmentShas);
    }

    public boolean anonymous() {
        return reporter.isEmpty();
    }

    /** The same complaint without its reporter (what the outbox keeps in the clear when sealing). */
    public Create withReporter(Optional<Reporter> other) {
        return new Create(title, body, categoryId, classification, channel, location, other, receivedAt, attachmentShas);
    }

    @Override
    public ActionType type() {
        return ActionType.CREATE;
    }

    @Override
    public String toString() {
        return "Create[" + channel + " " + categoryId + "]";
    }
}
