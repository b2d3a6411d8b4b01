package id.penghubung.ui.similar;

import id.penghubung.model.Complaint;

/**
 * One complaint of a group as the group answer shows it: its status and deadline in words, and
 * whether the answer goes to it — {@code skipReason} empty — or why it is skipped.
 */
public record GroupMember(Complaint complaint, String trackingId, String title, String agency, String status,
        String deadline, String origin, String skipReason) {
    public boolean sent() {
        return skipReason.isEmpty();
    }
}
