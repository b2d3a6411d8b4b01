package id.penghubung.central;

import com.sun.net.httpserver.HttpExchange;
import id.penghubung.model.Role;
import id.penghubung.protocol.AdminArchiveRequest;
import id.penghubung.protocol.AdminDisposeRequest;
import id.penghubung.protocol.AdminHoldRequest;
import id.penghubung.protocol.AdminNewComplaint;
import id.penghubung.protocol.AdminRedirectRequest;
import id.penghubung.protocol.AdminReplyRequest;
import id.penghubung.protocol.AppliedActions;
import id.penghubung.protocol.Endpoints;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.WireComplaint;
import java.io.IOException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The admin endpoints under {@code /api/v1/admin/}: an ADMIN account only (403 otherwise), no fault injection. */
final class AdminRoutes {
    private static final String COMPLAINTS = Pattern.quote(Endpoints.ADMIN_COMPLAINTS);
    private static final Pattern ADMIN_COMPLAINT = Pattern.compile(COMPLAINTS + "/([^/]+)/(" + String.join("|", Endpoints.ADMIN_STEPS) + ")");
    private static final Pattern ADMIN_ONE = Pattern.compile(COMPLAINTS + "/([^/]+)");

    private final AdminService admin;
    private final AuthService auth;
    private final AdminHolds holds;

    AdminRoutes(AdminService admin, AuthService auth) {
        this.admin = admin;
        this.auth = auth;
        this.holds = new AdminHolds(admin);
    }

    void route(HttpExchange ex, String method, String path) throws IOException, SQLException {
        Principal p = auth.authenticate(ex);
        if (p.role() != Role.ADMIN) {
            throw new RequestException(403, ErrorCodes.FORBIDDEN, "Admin only");
        }
        Faults.Decision none = Faults.Decision.NONE;
        if (path.equals(Endpoints.ADMIN_COMPLAINTS)) {
            CentralServer.allow(method, "POST");
            CentralServer.respond(ex, 201, admin.create(Exchanges.readJson(ex, AdminNewComplaint.class)), none);
            return;
        }
        Matcher m = ADMIN_COMPLAINT.matcher(path);
        if (m.matches()) {
            String id = CentralServer.complaintId(m.group(1));
            switch (m.group(2)) {
                case "actions" -> {
                    CentralServer.allow(method, "GET");
                    CentralServer.respond(ex, 200, new AppliedActions(admin.actions(id)), none);
                }
                case "dispose" -> {
                    CentralServer.allow(method, "POST");
                    CentralServer.respond(ex, 200, admin.dispose(id, Exchanges.readJson(ex, AdminDisposeRequest.class)), none);
                }
                case "reply" -> {
                    CentralServer.allow(method, "POST");
                    CentralServer.respond(ex, 200, admin.reply(id, Exchanges.readJson(ex, AdminReplyRequest.class)), none);
                }
                case "archive" -> {
                    CentralServer.allow(method, "POST");
                    CentralServer.respond(ex, 200, admin.archive(id, Exchanges.readJson(ex, AdminArchiveRequest.class)), none);
                }
                case "hold", "resume" -> {
                    CentralServer.allow(method, "POST");
                    AdminHoldRequest r = Exchanges.readJson(ex, AdminHoldRequest.class);
                    CentralServer.respond(ex, 200, m.group(2).equals("hold") ? holds.hold(id, r) : holds.resume(id, r), none);
                }
                default -> {
                    CentralServer.allow(method, "POST");
                    CentralServer.respond(ex, 200, admin.redirect(id, Exchanges.readJson(ex, AdminRedirectRequest.class)), none);
                }
            }
            return;
        }
        Matcher one = ADMIN_ONE.matcher(path);
        if (one.matches()) {
            CentralServer.allow(method, "GET");
            String id = CentralServer.complaintId(one.group(1));
            WireComplaint found = admin.get(id).orElseThrow(() -> new RequestException(404, ErrorCodes.NOT_FOUND, "Unknown complaint"));
            CentralServer.respond(ex, 200, found, none);
            return;
        }
        throw new RequestException(404, ErrorCodes.NOT_FOUND, "No such endpoint");
    }
}
