package id.penghubung.ui.common;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.LinkRelation;
import id.penghubung.model.action.Approve;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.Extend;
import id.penghubung.model.action.Link;
import id.penghubung.model.action.NotAuthorized;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import id.penghubung.model.action.ReturnDraft;
import id.penghubung.model.action.SetTier;
import id.penghubung.model.action.SubmitReview;
import id.penghubung.model.action.UnitRemind;
import id.penghubung.model.action.UnitReply;
import id.penghubung.model.action.UnitWithdraw;
import id.penghubung.model.action.Unlink;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An officer action in words, the same on the confirmation before it is queued and on its row in
 * the outbox: what it is, who receives it, what it does to the complaint, its text in full and its
 * attachments by name. Everything from the bundles.
 *
 * @param recipient  "Kepada: …" — the reporter, the LAPOR! admin (with the suggested institution),
 *                   the internal unit, or nobody outside the agency
 * @param effect     what sending does beyond posting ("Laporan menjadi Selesai…"), or empty
 */
public record ActionDescription(ActionType type, String typeLabel, String recipient, String effect, String text,
        List<String> attachments) {

    /** Names the desk knows: units and institutions by id, attachments by SHA-256. */
    public record Names(Function<String, Optional<String>> unit, Function<String, Optional<String>> agency,
            Function<String, Optional<String>> attachment) {
        public static Names none() {
            return new Names(id -> Optional.empty(), id -> Optional.empty(), sha -> Optional.empty());
        }
    }

    public ActionDescription {
        attachments = List.copyOf(attachments);
    }

    /** True for what the reporter or LAPOR! will see, or what closes the complaint: asked before it is queued. */
    public static boolean isPublic(ActionType type) {
        return type == ActionType.RESPOND || type == ActionType.COMPLETE || type == ActionType.NOT_AUTHORIZED
                || type == ActionType.REQUEST_INFO;
    }

    private static String unitName(Messages m, Names names, String unitId) {
        return unitId.isBlank() ? m.get("ui.action.unitPlaceholder") : names.unit().apply(unitId).orElse(unitId);
    }

    public static ActionDescription of(Messages m, OfficerAction action, boolean anonymousReporter, Names names) {
        String reporter = anonymousReporter ? m.get("ui.action.to.anonymousReporter") : m.get("ui.action.to.reporter");
        List<String> shas = List.of();
        String text;
        String recipient;
        String effect = "";
        switch (action) {
            case Respond r -> {
                text = r.text();
                shas = r.attachmentShas();
                recipient = reporter;
            }
            case Complete r -> {
                text = r.text();
                shas = r.attachmentShas();
                recipient = reporter;
                effect = m.get("ui.action.effect.complete");
            }
            case RequestInfo r -> {
                text = r.question();
                recipient = reporter;
            }
            case Note r -> {
                text = r.text();
                recipient = m.get("ui.action.to.internal");
            }
            case NotAuthorized r -> {
                text = r.reason();
                recipient = r.suggestedAgencyId()
                        .map(id -> m.get("ui.action.to.admin", names.agency().apply(id).orElse(id)))
                        .orElse(m.get("ui.action.to.adminNoAgency"));
                effect = m.get("ui.action.effect.notAuthorized");
            }
            case Link r -> {
                text = m.get(r.relation() == LinkRelation.DUPLICATE_OF ? "ui.link.action.duplicateOf" : "ui.link.action.related",
                        "#" + r.relatedTrackingId());
                recipient = m.get("ui.link.to");
            }
            case Unlink r -> {
                text = m.get("ui.link.action.unlink", "#" + r.relatedTrackingId());
                recipient = m.get("ui.link.to");
            }
            case Dispose r -> {
                text = r.units().size() == 1 ? r.note() : r.units().stream()
                        .map(o -> unitName(m, names, o.unitId()) + ": " + o.instruction().strip())
                        .collect(Collectors.joining("\n"));
                recipient = m.get("ui.action.to.unit", r.units().stream().map(o -> unitName(m, names, o.unitId()))
                        .collect(Collectors.joining(", ")));
            }
            case UnitReply r -> {
                text = r.text();
                shas = r.attachmentShas();
                recipient = m.get("ui.action.to.internal");
            }
            case UnitRemind r -> {
                text = r.note().isBlank() ? unitName(m, names, r.unitId()) : r.note();
                recipient = m.get("ui.action.to.unit", unitName(m, names, r.unitId()));
            }
            case UnitWithdraw r -> {
                text = r.reason();
                recipient = m.get("ui.action.to.unit", unitName(m, names, r.unitId()));
            }
            case Create r -> {
                text = r.title() + "\n\n" + r.body();
                shas = r.attachmentShas();
                recipient = m.get("ui.intake.to");
                effect = m.get("ui.intake.effect");
            }
            case SetTier r -> {
                text = m.label(r.tier());
                recipient = m.get("ui.action.to.record");
            }
            case Extend r -> {
                text = r.reason();
                recipient = reporter;
                effect = m.get("ui.action.effect.extend");
            }
            // --- h2 --- a reviewer who approves (issue 20)
            case SubmitReview r -> {
                text = r.text();
                shas = r.attachmentShas();
                recipient = m.get("ui.review.to.approver");
                effect = m.get("ui.review.effect.submit", m.label(r.answerType()));
            }
            case Approve r -> {
                text = "";
                recipient = reporter;
                effect = m.get("ui.review.effect.approve");
            }
            case ReturnDraft r -> {
                text = r.note();
                recipient = m.get("ui.review.to.author");
            }
        }
        List<String> files = shas.stream().map(sha -> names.attachment().apply(sha)
                .orElse(m.get("ui.action.attachmentUnnamed", sha.substring(0, Math.min(8, sha.length()))))).toList();
        return new ActionDescription(action.type(), m.label(action.type()), m.get("ui.action.to", recipient), effect,
                text.strip(), files);
    }
}
