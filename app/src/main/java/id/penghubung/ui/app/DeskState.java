package id.penghubung.ui.app;

import id.penghubung.model.ActionType;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.UnitRef;
import id.penghubung.store.InboxSort;
import id.penghubung.store.InboxView;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the officer is at the desk, kept when the desk is rebuilt in another language: the view,
 * the search and sort, the open complaint, whether the dashboard shows, and what the action form
 * holds (its type, text, unit or institution; it is also saved as a draft on the way).
 */
public record DeskState(InboxView view, String search, InboxSort sort, boolean descending,
        Optional<String> complaintId, boolean dashboard, Optional<Form> form) {
    public DeskState {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(form, "form");
    }

    /** The action form of the open complaint. */
    public record Form(String complaintId, Optional<ActionType> type, String text, Optional<UnitRef> unit,
            Optional<AgencyRef> agency) {
        public Form {
            Objects.requireNonNull(complaintId, "complaintId");
            Objects.requireNonNull(text, "text");
        }
    }
}
