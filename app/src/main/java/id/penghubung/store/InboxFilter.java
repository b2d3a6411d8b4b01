package id.penghubung.store;

import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import id.penghubung.model.Status;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Optional narrowing of an inbox view; every part is optional ({@link #NONE} narrows nothing).
 * {@code statuses} empty means any status. The submitted range is [from, to).
 */
public record InboxFilter(
        Set<Status> statuses,
        Optional<String> categoryId,
        Optional<String> unitId,
        Optional<Channel> channel,
        Optional<Classification> classification,
        Optional<Instant> submittedFrom,
        Optional<Instant> submittedTo,
        Optional<String> provinceId,
        Optional<String> regency,
        Optional<String> agencyId,
        Optional<String> reviewAuthor) {

    public static final InboxFilter NONE = new InboxFilter(Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public InboxFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(submittedFrom, "submittedFrom");
        Objects.requireNonNull(submittedTo, "submittedTo");
        Objects.requireNonNull(provinceId, "provinceId");
        Objects.requireNonNull(regency, "regency");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(reviewAuthor, "reviewAuthor");
    }

    public InboxFilter withStatuses(Set<Status> value) {
        return new InboxFilter(value, categoryId, unitId, channel, classification, submittedFrom, submittedTo,
                provinceId, regency, agencyId, reviewAuthor);
    }

    public InboxFilter withCategory(String value) {
        return new InboxFilter(statuses, Optional.of(value), unitId, channel, classification, submittedFrom,
                submittedTo, provinceId, regency, agencyId, reviewAuthor);
    }

    public InboxFilter withUnit(String value) {
        return new InboxFilter(statuses, categoryId, Optional.of(value), channel, classification, submittedFrom,
                submittedTo, provinceId, regency, agencyId, reviewAuthor);
    }

    public InboxFilter withChannel(Channel value) {
        return new InboxFilter(statuses, categoryId, unitId, Optional.of(value), classification, submittedFrom,
                submittedTo, provinceId, regency, agencyId, reviewAuthor);
    }

    public InboxFilter withClassification(Classification value) {
        return new InboxFilter(statuses, categoryId, unitId, channel, Optional.of(value), submittedFrom,
                submittedTo, provinceId, regency, agencyId, reviewAuthor);
    }

    /** Submitted in [from, to). */
    public InboxFilter withSubmitted(Instant from, Instant to) {
        return new InboxFilter(statuses, categoryId, unitId, channel, classification, Optional.of(from),
                Optional.of(to), provinceId, regency, agencyId, reviewAuthor);
    }

    public InboxFilter withProvince(String value) {
        return new InboxFilter(statuses, categoryId, unitId, channel, classification, submittedFrom, submittedTo,
                Optional.of(value), regency, agencyId, reviewAuthor);
    }

    /** Regency/city by name, as the complaint's location carries it. */
    public InboxFilter withRegency(String value) {
        return new InboxFilter(statuses, categoryId, unitId, channel, classification, submittedFrom, submittedTo,
                provinceId, Optional.of(value), agencyId, reviewAuthor);
    }

    public InboxFilter withAgency(String value) {
        return new InboxFilter(statuses, categoryId, unitId, channel, classification, submittedFrom, submittedTo,
                provinceId, regency, Optional.of(value), reviewAuthor);
    }

    /**
     * Only the complaints whose latest review step is this account's draft ("Dikembalikan" lists the
     * signed-in officer's returned drafts, issue 20); a step recorded before authors were published names
     * none and stays in.
     */
    public InboxFilter withReviewAuthor(String userId) {
        return new InboxFilter(statuses, categoryId, unitId, channel, classification, submittedFrom, submittedTo,
                provinceId, regency, agencyId, Optional.of(userId));
    }
}
