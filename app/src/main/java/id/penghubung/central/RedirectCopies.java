package id.penghubung.central;

import id.penghubung.model.Role;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireRedirect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The last copy an agency receives of a complaint redirected away from it: the new version as that
 * agency may see it (its own internal notes, nobody else's), marked {@code DIALIHKAN} with where,
 * when and why. Sent once through the changes feed instead of a removal.
 */
final class RedirectCopies {
    private RedirectCopies() {
    }

    static String lastCopy(Connection c, WireComplaint next, String oldAgencyId, WireRedirect redirect) throws SQLException {
        Map<String, String> notes = ComplaintStore.find(c, next.id()).map(ComplaintRecord::noteAgencies).orElse(Map.of());
        Principal oldAgency = new Principal("", "", Role.OFFICER, Optional.of(oldAgencyId), Optional.empty());
        WireComplaint seen = new ComplaintRecord(next, notes, next.version()).viewFor(oldAgency);
        return ComplaintStore.json(seen.redirectedAway(redirect));
    }
}
