package id.penghubung.model.action;

import id.penghubung.model.ActionType;
import id.penghubung.model.Classification;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Role;
import id.penghubung.model.Status;
import id.penghubung.model.UnitRef;
import id.penghubung.model.UnitTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an officer's action before it may enter the outbox and returns every problem at once
 * (an empty list means the action may be queued). Stateless and thread-safe.
 *
 * <h2>Who may act</h2>
 * Only {@link Role#OFFICER} and {@link Role#SUPERVISOR} accounts act; Ombudsman and admin accounts read only. An officer acts
 * only on reports disposed to their own agency.
 *
 * <h2>What is allowed in which status</h2>
 * <table>
 * <caption>Actions by status</caption>
 * <tr><th>Status</th><th>Allowed</th></tr>
 * <tr><td>BELUM_TERVERIFIKASI</td><td>NOTE only (LAPOR! admin has not yet dispositioned it)</td></tr>
 * <tr><td>BELUM_DITINDAKLANJUTI</td><td>RESPOND, DISPOSE, NOT_AUTHORIZED, REQUEST_INFO, NOTE</td></tr>
 * <tr><td>PROSES</td><td>RESPOND, DISPOSE, REQUEST_INFO, COMPLETE, NOTE; NOT_AUTHORIZED only while the
 * agency has posted no follow-up since the disposal (having answered, it cannot disclaim)</td></tr>
 * <tr><td>SELESAI, ARSIP</td><td>NOTE only</td></tr>
 * </table>
 * LINK and UNLINK (issue 17) are allowed in every status, like NOTE ({@link LinkChecks}).
 * COMPLETE needs PROSES: a report is completed after a follow-up, not instead of one. A second
 * REQUEST_INFO is refused while an earlier question is still unanswered.
 *
 * <h2>Content</h2>
 * Texts must not be blank and must stay within the per-type limit (counted in UTF-16 chars);
 * control characters other than tab, line feed and carriage return (NUL above all) and broken
 * surrogate pairs are refused, see {@link #clean(String)} to remove them first. Attachments are
 * named by a SHA-256 hex digest (64 hex digits), at most {@link #MAX_ATTACHMENTS}, no duplicates.
 * A disposition names units of the officer's agency, each once, none still waiting on an earlier
 * disposition (issue 20); a unit's answer, reminder or withdrawal needs an open disposition. A "not our
 * authority" suggestion must not name the officer's own agency.
 */
public final class ActionValidator {
    /** Follow-up and final response texts. */
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_QUESTION = 5_000;
    public static final int MAX_REASON = 5_000;
    public static final int MAX_NOTE = 10_000;
    /** The instruction that goes with a disposition (optional). */
    public static final int MAX_DISPOSE_NOTE = 2_000;
    public static final int MAX_ATTACHMENTS = 20;
    /** Units in one disposition, and the length of who answered for a unit (issue 20). */
    public static final int MAX_UNITS = 20;
    public static final int MAX_NAME = 1_000;

    public static final String ROLE_READ_ONLY = "validation.role.readOnly";
    public static final String ACCOUNT_NO_AGENCY = "validation.account.noAgency";
    public static final String AGENCY_OTHER = "validation.agency.other";
    public static final String STATUS_NOT_ALLOWED = "validation.status.notAllowed";
    public static final String NOT_AUTHORIZED_AFTER_RESPONSE = "validation.notAuthorized.afterResponse";
    public static final String REQUEST_INFO_PENDING = "validation.requestInfo.pending";
    public static final String TEXT_BLANK = "validation.text.blank";
    public static final String TEXT_TOO_LONG = "validation.text.tooLong";
    public static final String TEXT_CONTROL_CHARS = "validation.text.controlChars";
    public static final String UNIT_MISSING = "validation.unit.missing";
    public static final String UNIT_UNKNOWN = "validation.unit.unknown";
    public static final String UNIT_OTHER_AGENCY = "validation.unit.otherAgency";
    public static final String UNIT_SAME = "validation.unit.same";
    public static final String SUGGESTED_AGENCY_BLANK = "validation.agency.suggestedBlank";
    public static final String SUGGESTED_AGENCY_SELF = "validation.agency.suggestedSelf";
    public static final String ATTACHMENT_HASH = "validation.attachment.hash";
    public static final String ATTACHMENT_DUPLICATE = "validation.attachment.duplicate";
    public static final String ATTACHMENT_TOO_MANY = "validation.attachment.tooMany";
    public static final String UNIT_TWICE = "validation.unit.twice";
    public static final String UNIT_TOO_MANY = "validation.unit.tooMany";
    public static final String UNIT_NOT_OPEN = "validation.unit.notOpen";
    // --- R5 ---
    /** EXTEND on a complaint that is not a Permintaan Informasi. */
    public static final String EXTEND_NOT_INFORMATION = "validation.extend.notInformation";
    /** A second EXTEND: UU 14/2008 allows one extension. */
    public static final String EXTEND_ALREADY = "validation.extend.already";
    // --- h2 ---
    /** A second draft while one waits for approval (issue 20). */
    public static final String REVIEW_PENDING = "validation.review.pending";
    /** APPROVE or RETURN of a submission that no longer waits (approved or returned meanwhile). */
    public static final String REVIEW_NOT_WAITING = "validation.review.notWaiting";

    /** Field names the problems point at. */
    public static final String FIELD_ACTION = "action";
    public static final String FIELD_TEXT = "text";
    public static final String FIELD_QUESTION = "question";
    public static final String FIELD_REASON = "reason";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_UNIT = "unitId";
    public static final String FIELD_SUGGESTED_AGENCY = "suggestedAgencyId";
    public static final String FIELD_ATTACHMENTS = "attachments";
    public static final String FIELD_ANSWERED_BY = "answeredBy";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    public ActionValidator() {
        // Stateless; an instance so callers can hold and replace it like any collaborator.
    }

    /** Every problem with the action, in a stable order (who, status, then fields); empty if it may be queued. */
    public List<Problem> validate(OfficerAction action, Complaint complaint, ActingAccount account, List<UnitRef> agencyUnits) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(agencyUnits, "agencyUnits");
        List<Problem> problems = new ArrayList<>();
        checkAccount(complaint, account, problems);
        checkStatus(action.type(), complaint, problems);
        switch (action) {
            case Respond respond -> {
                checkText(FIELD_TEXT, respond.text(), MAX_TEXT, true, problems);
                checkAttachments(respond.attachmentShas(), problems);
            }
            case Complete complete -> {
                checkText(FIELD_TEXT, complete.text(), MAX_TEXT, true, problems);
                checkAttachments(complete.attachmentShas(), problems);
            }
            case Dispose dispose -> {
                Set<String> named = new HashSet<>();
                for (UnitOrder order : dispose.units()) {
                    checkUnit(order.unitId(), complaint, account, agencyUnits, problems);
                    if (!order.unitId().isBlank() && !named.add(order.unitId())) {
                        problems.add(Problem.of(FIELD_UNIT, UNIT_TWICE, order.unitId()));
                    }
                    checkText(FIELD_NOTE, order.instruction(), MAX_DISPOSE_NOTE, false, problems);
                }
                if (dispose.units().size() > MAX_UNITS) {
                    problems.add(Problem.of(FIELD_UNIT, UNIT_TOO_MANY, MAX_UNITS));
                }
            }
            case UnitReply reply -> {
                checkOpenTask(reply.unitId(), complaint, problems);
                checkText(FIELD_TEXT, reply.text(), MAX_TEXT, true, problems);
                checkText(FIELD_ANSWERED_BY, reply.answeredBy(), MAX_NAME, true, problems);
                checkAttachments(reply.attachmentShas(), problems);
            }
            case UnitRemind remind -> {
                checkOpenTask(remind.unitId(), complaint, problems);
                checkText(FIELD_NOTE, remind.note(), MAX_DISPOSE_NOTE, false, problems);
            }
            case UnitWithdraw withdraw -> {
                checkOpenTask(withdraw.unitId(), complaint, problems);
                checkText(FIELD_REASON, withdraw.reason(), MAX_REASON, true, problems);
            }
            case NotAuthorized notAuthorized -> {
                checkText(FIELD_REASON, notAuthorized.reason(), MAX_REASON, true, problems);
                checkSuggestedAgency(notAuthorized.suggestedAgencyId(), complaint, account, problems);
            }
            case RequestInfo requestInfo -> checkText(FIELD_QUESTION, requestInfo.question(), MAX_QUESTION, true, problems);
            case Note note -> checkText(FIELD_TEXT, note.text(), MAX_NOTE, true, problems);
            case SetTier tier -> {
                // Any tier may be set or changed; the server records each change.
            }
            case Extend extend -> {
                checkText(FIELD_REASON, extend.reason(), MAX_REASON, true, problems);
                checkExtension(complaint, problems);
            }
            case Create create -> {
                // A CREATE has no complaint to act on: CreateValidator checks it; on an existing one the status refuses it.
            }
            case Link link -> LinkChecks.check(link.relatedTrackingId(), true, complaint, problems);
            case Unlink unlink -> LinkChecks.check(unlink.relatedTrackingId(), false, complaint, problems);
            case SubmitReview draft -> ReviewChecks.checkDraft(draft, complaint, account, problems);
            case Approve approve -> ReviewChecks.checkWaiting(approve.submissionId(), complaint, problems);
            case ReturnDraft back -> {
                ReviewChecks.checkWaiting(back.submissionId(), complaint, problems);
                checkText(FIELD_NOTE, back.note(), MAX_NOTE, true, problems);
            }
        }
        return List.copyOf(problems);
    }

    /** LINK and UNLINK: made from the similar-complaints pane, never offered on the action form. */
    public static boolean isLink(ActionType type) {
        return type == ActionType.LINK || type == ActionType.UNLINK;
    }

    /** Whether the status (and history) of a report allows an action type at all, ignoring who acts and the content. */
    public static boolean allows(Status status, ActionType type) {
        return allowedIn(status).contains(type);
    }

    private static Set<ActionType> allowedIn(Status status) {
        return switch (status) {
            // A status this version does not know: only a note, the safe action (the server judges the rest).
            // TUNDA: held by the LAPOR! admin, nothing but a note until resumed.
            case BELUM_TERVERIFIKASI, SELESAI, ARSIP, TUNDA, OTHER -> EnumSet.of(ActionType.NOTE, ActionType.LINK, ActionType.UNLINK);
            case BELUM_DITINDAKLANJUTI -> EnumSet.of(ActionType.RESPOND, ActionType.DISPOSE, ActionType.NOT_AUTHORIZED,
                    ActionType.REQUEST_INFO, ActionType.NOTE, ActionType.UNIT_REPLY, ActionType.UNIT_REMIND, ActionType.UNIT_WITHDRAW,
                    ActionType.SET_TIER, ActionType.EXTEND, ActionType.LINK, ActionType.UNLINK,
                    ActionType.SUBMIT_REVIEW, ActionType.APPROVE, ActionType.RETURN);
            case PROSES -> EnumSet.of(ActionType.RESPOND, ActionType.DISPOSE, ActionType.NOT_AUTHORIZED,
                    ActionType.REQUEST_INFO, ActionType.COMPLETE, ActionType.NOTE, ActionType.UNIT_REPLY, ActionType.UNIT_REMIND,
                    ActionType.UNIT_WITHDRAW, ActionType.SET_TIER, ActionType.EXTEND, ActionType.LINK, ActionType.UNLINK,
                    ActionType.SUBMIT_REVIEW, ActionType.APPROVE, ActionType.RETURN);
            // --- R6 --- redirected away: this agency's copy is read-only, not even a note reaches the server.
            case DIALIHKAN -> EnumSet.noneOf(ActionType.class);
        };
    }

    /**
     * The text without the characters this validator refuses (control characters other than tab,
     * line feed and carriage return; unpaired surrogates), with CRLF and lone CR turned into LF.
     */
    public static String clean(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < unified.length() && Character.isLowSurrogate(unified.charAt(i + 1))) {
                out.append(c).append(unified.charAt(++i));
            } else if (!isRefused(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void checkAccount(Complaint complaint, ActingAccount account, List<Problem> problems) {
        if (!account.role().actsForAgency()) {
            // Agency checks would only add noise: this account may not act anywhere.
            problems.add(Problem.of(FIELD_ACTION, ROLE_READ_ONLY, account.role()));
            return;
        }
        Optional<String> own = account.agencyId().filter(id -> !id.isBlank());
        if (own.isEmpty()) {
            problems.add(Problem.of(FIELD_ACTION, ACCOUNT_NO_AGENCY));
        } else if (complaint.agency().map(agency -> !agency.id().equals(own.get())).orElse(true)) {
            problems.add(Problem.of(FIELD_ACTION, AGENCY_OTHER));
        }
    }

    static void checkStatus(ActionType type, Complaint complaint, List<Problem> problems) {
        if (!allows(complaint.status(), type)) {
            problems.add(Problem.of(FIELD_ACTION, STATUS_NOT_ALLOWED, type, complaint.status()));
            return;
        }
        if (type == ActionType.NOT_AUTHORIZED && hasRespondedSinceDisposal(complaint)) {
            problems.add(Problem.of(FIELD_ACTION, NOT_AUTHORIZED_AFTER_RESPONSE));
        }
        if (type == ActionType.REQUEST_INFO && hasPendingQuestion(complaint)) {
            problems.add(Problem.of(FIELD_ACTION, REQUEST_INFO_PENDING));
        }
    }

    private static boolean hasRespondedSinceDisposal(Complaint complaint) {
        Instant since = complaint.lastEvent(EventType.DISPOSED).map(Event::at)
                .or(complaint::disposedAt)
                .orElse(Instant.MIN);
        return complaint.lastEvent(EventType.RESPONDED).filter(e -> !e.at().isBefore(since)).isPresent();
    }

    private static boolean hasPendingQuestion(Complaint complaint) {
        Optional<Instant> asked = complaint.lastEvent(EventType.INFO_REQUESTED).map(Event::at);
        Optional<Instant> replied = complaint.lastEvent(EventType.REPORTER_REPLIED).map(Event::at);
        return asked.isPresent() && replied.map(r -> r.isBefore(asked.get())).orElse(true);
    }

    static void checkText(String field, String text, int max, boolean required, List<Problem> problems) {
        if (text.isBlank()) {
            if (required) {
                problems.add(Problem.of(field, TEXT_BLANK));
            }
            return;
        }
        if (text.length() > max) {
            problems.add(Problem.of(field, TEXT_TOO_LONG, max, text.length()));
        }
        if (hasRefusedCharacter(text)) {
            problems.add(Problem.of(field, TEXT_CONTROL_CHARS));
        }
    }

    private static boolean hasRefusedCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isRefused(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRefused(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || Character.isSurrogate(c);
    }

    static void checkAttachments(List<String> shas, List<Problem> problems) {
        if (shas.size() > MAX_ATTACHMENTS) {
            problems.add(Problem.of(FIELD_ATTACHMENTS, ATTACHMENT_TOO_MANY, MAX_ATTACHMENTS));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < shas.size(); i++) {
            String sha = shas.get(i);
            int position = i + 1;
            if (sha == null || !SHA256.matcher(sha).matches()) {
                problems.add(Problem.of(FIELD_ATTACHMENTS, ATTACHMENT_HASH, position));
            } else if (!seen.add(sha.toLowerCase(Locale.ROOT))) {
                problems.add(Problem.of(FIELD_ATTACHMENTS, ATTACHMENT_DUPLICATE, position));
            }
        }
    }

    private static void checkUnit(String unitId, Complaint complaint, ActingAccount account, List<UnitRef> agencyUnits,
            List<Problem> problems) {
        if (unitId.isBlank()) {
            problems.add(Problem.of(FIELD_UNIT, UNIT_MISSING));
            return;
        }
        Optional<UnitRef> unit = agencyUnits.stream().filter(u -> u.id().equals(unitId)).findFirst();
        if (unit.isEmpty()) {
            problems.add(Problem.of(FIELD_UNIT, UNIT_UNKNOWN, unitId));
            return;
        }
        Optional<String> agency = account.agencyId().or(() -> complaint.agency().map(a -> a.id()));
        if (agency.isPresent() && !unit.get().agencyId().equals(agency.get())) {
            problems.add(Problem.of(FIELD_UNIT, UNIT_OTHER_AGENCY, unit.get().name()));
        }
        List<UnitTask> tasks = UnitTask.of(complaint).stream().filter(t -> t.unitId().equals(unitId)).toList();
        boolean waiting = tasks.stream().anyMatch(UnitTask::isOpen);
        // Before issue 20 a disposition left no task: the report's current unit is then the one it went to.
        boolean current = tasks.isEmpty() && complaint.unit().map(u -> u.id().equals(unitId)).orElse(false);
        if (waiting || current) {
            problems.add(Problem.of(FIELD_UNIT, UNIT_SAME, unit.get().name()));
        }
    }

    private static void checkOpenTask(String unitId, Complaint complaint, List<Problem> problems) {
        if (UnitTask.open(complaint).stream().noneMatch(t -> t.unitId().equals(unitId))) {
            problems.add(Problem.of(FIELD_UNIT, UNIT_NOT_OPEN, unitId));
        }
    }

    static void checkSuggestedAgency(Optional<String> suggested, Complaint complaint, ActingAccount account,
            List<Problem> problems) {
        if (suggested.isEmpty()) {
            return;
        }
        String id = suggested.get().strip();
        if (id.isEmpty()) {
            problems.add(Problem.of(FIELD_SUGGESTED_AGENCY, SUGGESTED_AGENCY_BLANK));
        } else if (account.agencyId().map(id::equals).orElse(false)
                || complaint.agency().map(a -> a.id().equals(id)).orElse(false)) {
            problems.add(Problem.of(FIELD_SUGGESTED_AGENCY, SUGGESTED_AGENCY_SELF));
        }
    }

    /** EXTEND: a Permintaan Informasi, not extended before (UU 14/2008: once). */
    private static void checkExtension(Complaint complaint, List<Problem> problems) {
        if (complaint.classification() != Classification.PERMINTAAN_INFORMASI) {
            problems.add(new Problem(FIELD_ACTION, EXTEND_NOT_INFORMATION, List.of()));
        } else if (complaint.lastEvent(EventType.EXTENDED).isPresent()) {
            problems.add(new Problem(FIELD_ACTION, EXTEND_ALREADY, List.of()));
        }
    }
}
