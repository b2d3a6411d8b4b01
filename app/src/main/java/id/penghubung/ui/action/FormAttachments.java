package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.action.ActionViewModel.Picked;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.detail.AttachmentAccess;
import id.penghubung.ui.detail.AttachmentRefused;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The files picked for a response: copied and hashed into the attachment store in the background,
 * kept in the form by their hash, a refusal shown at the top of the form.
 */
final class FormAttachments {
    private final Messages messages;
    private final ActionForm form;
    private final Executor background;
    private final Executor ui;
    private final BooleanProperty canAttach = new SimpleBooleanProperty(false);
    private AttachmentAccess files = AttachmentAccess.none();

    FormAttachments(Messages messages, ActionForm form, Executor background, Executor ui) {
        this.messages = messages;
        this.form = form;
        this.background = background;
        this.ui = ui;
    }

    void setFiles(AttachmentAccess value) {
        files = Objects.requireNonNull(value);
        canAttach.set(value.canImport());
    }

    BooleanProperty canAttach() {
        return canAttach;
    }

    void attach(Path file) {
        AttachmentAccess target = files;
        background.execute(() -> {
            try {
                Optional<String> sha = target.importFile(file);
                ui.execute(() -> sha.ifPresent(s -> {
                    if (form.attachments.stream().noneMatch(p -> p.sha256().equals(s))) {
                        form.attachments.add(new Picked(file.getFileName().toString(), s));
                    }
                }));
            } catch (AttachmentRefused e) {
                ui.execute(() -> form.problems.put(ActionViewModel.FIELD_FORM, messages.get(e.key(), e.args())));
            } catch (RuntimeException e) {
                ui.execute(() -> form.problems.put(ActionViewModel.FIELD_FORM,
                        messages.get("ui.action.attachFailed", file.getFileName().toString(), OfficerText.of(messages, e))));
            }
        });
    }

    /** A file already in the attachment store, by its name there or, unnamed, by the start of its hash. */
    Picked known(String sha) {
        return new Picked(files.fileName(sha)
                .orElse(messages.get("ui.action.attachmentUnnamed", sha.substring(0, Math.min(8, sha.length())))), sha);
    }
}
