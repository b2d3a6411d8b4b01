package id.penghubung.store;

import id.penghubung.model.AgencyRef;
import id.penghubung.model.Redirect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code redirect} table (schema v9): for a complaint the LAPOR! admin redirected away from this
 * agency, to whom, when and why. Written with the complaint's row, gone with it.
 */
final class RedirectRows {
    private RedirectRows() {
    }

    static void write(Db db, String complaintId, Optional<Redirect> redirect) throws SQLException {
        PreparedStatement d = db.ps("DELETE FROM redirect WHERE complaint_id = ?");
        d.setString(1, complaintId);
        d.executeUpdate();
        if (redirect.isPresent()) {
            Redirect r = redirect.get();
            PreparedStatement i = db.ps("INSERT INTO redirect (complaint_id, to_agency_id, to_agency_name, redirected_at, reason)"
                    + " VALUES (?, ?, ?, ?, ?)");
            i.setString(1, complaintId);
            i.setString(2, r.to().id());
            i.setString(3, r.to().name());
            i.setLong(4, r.at().toEpochMilli());
            i.setString(5, r.reason());
            i.executeUpdate();
        }
    }

    static Optional<Redirect> read(Db db, String complaintId) throws SQLException {
        PreparedStatement p = db.ps("SELECT to_agency_id, to_agency_name, redirected_at, reason FROM redirect WHERE complaint_id = ?");
        p.setString(1, complaintId);
        try (ResultSet rs = p.executeQuery()) {
            return rs.next()
                    ? Optional.of(new Redirect(new AgencyRef(rs.getString(1), rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4)))
                    : Optional.empty();
        }
    }
}
