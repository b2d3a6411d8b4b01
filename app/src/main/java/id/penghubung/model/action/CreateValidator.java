package id.penghubung.model.action;

import id.penghubung.model.FieldLimits;
import id.penghubung.model.Reporter;
import id.penghubung.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a complaint entered at the desk (CREATE) before it enters the outbox, with the rules the
 * server applies (issue 20): an officer of an agency, title and text present and within the limits,
 * a known category, an entry channel, a province, the reporter's name unless anonymous, a received
 * date not in the future. Returns every problem at once; empty means it may be queued.
 */
public final class CreateValidator {
    /** The server's limits for a CREATE (contract: WireAction). */
    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 10_000;

    public static final String CATEGORY_UNKNOWN = "validation.intake.category";
    public static final String CHANNEL_NOT_ENTERED = "validation.intake.channel";
    public static final String PROVINCE_MISSING = "validation.intake.province";
    public static final String REPORTER_NAME_MISSING = "validation.intake.reporterName";
    public static final String RECEIVED_IN_FUTURE = "validation.intake.receivedFuture";

    public static final String FIELD_TITLE = "title";
    public static final String FIELD_BODY = "body";
    public static final String FIELD_CATEGORY = "categoryId";
    public static final String FIELD_CHANNEL = "channel";
    public static final String FIELD_LOCATION = "location";
    public static final String FIELD_REPORTER = "reporter";
    public static final String FIELD_RECEIVED = "receivedAt";

    private static final Duration SKEW = Duration.ofMinutes(5);

    private CreateValidator() {
    }

    public static List<Problem> validate(Create c, ActingAccount account, Set<String> categoryIds, Instant now) {
        Objects.requireNonNull(c, "create");
        List<Problem> problems = new ArrayList<>();
        if (account.role() != Role.OFFICER) {
            problems.add(Problem.of(ActionValidator.FIELD_ACTION, ActionValidator.ROLE_READ_ONLY, account.role()));
        } else if (account.agencyId().filter(a -> !a.isBlank()).isEmpty()) {
            problems.add(Problem.of(ActionValidator.FIELD_ACTION, ActionValidator.ACCOUNT_NO_AGENCY));
        }
        ActionValidator.checkText(FIELD_TITLE, c.title(), MAX_TITLE, true, problems);
        ActionValidator.checkText(FIELD_BODY, c.body(), MAX_BODY, true, problems);
        if (!categoryIds.contains(c.categoryId())) {
            problems.add(Problem.of(FIELD_CATEGORY, CATEGORY_UNKNOWN, c.categoryId()));
        }
        if (!Create.CHANNELS.contains(c.channel())) {
            problems.add(Problem.of(FIELD_CHANNEL, CHANNEL_NOT_ENTERED, c.channel()));
        }
        if (c.location().provinceId().isBlank()) {
            problems.add(Problem.of(FIELD_LOCATION, PROVINCE_MISSING));
        }
        ActionValidator.checkText(FIELD_LOCATION, c.location().detail(), FieldLimits.TITLE, false, problems);
        if (c.reporter().isPresent()) {
            Reporter r = c.reporter().get();
            if (r.name().isBlank()) {
                problems.add(Problem.of(FIELD_REPORTER, REPORTER_NAME_MISSING));
            } else {
                ActionValidator.checkText(FIELD_REPORTER, r.name(), FieldLimits.SHORT, true, problems);
            }
            for (String part : List.of(r.phone().orElse(""), r.email().orElse(""), r.nik().orElse(""))) {
                ActionValidator.checkText(FIELD_REPORTER, part, FieldLimits.SHORT, false, problems);
            }
        }
        if (c.receivedAt().isAfter(now.plus(SKEW))) {
            problems.add(Problem.of(FIELD_RECEIVED, RECEIVED_IN_FUTURE));
        }
        ActionValidator.checkAttachments(c.attachmentShas(), problems);
        return List.copyOf(problems);
    }
}
