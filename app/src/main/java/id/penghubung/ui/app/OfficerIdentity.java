package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.model.AgencyRef;
import java.util.Objects;

/**
 * Who is signed in, as the main window and the lock screen say it: the account's name and its
 * institution (an officer's agency by name, from the cached complaints or the reference data; an
 * Ombudsman or admin account by its role). Read in the background (the cache answers the name).
 */
public record OfficerIdentity(String name, String institution) {
    public OfficerIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(institution, "institution");
    }

    /** The desk's account in {@code messages}' language; reads the cache (call off the UI thread). */
    public static OfficerIdentity of(Desk desk, Messages messages) {
        var account = desk.account();
        String institution = account.agencyId()
                .map(id -> desk.queries().agencyName(id).filter(n -> !n.isBlank())
                        .or(() -> desk.reference().agencies().stream().filter(a -> a.id().equals(id))
                                .map(AgencyRef::name).findFirst())
                        .orElse(id))
                .orElseGet(() -> messages.label(account.role()));
        return new OfficerIdentity(account.displayName(), institution);
    }

    /** "Masuk sebagai Penghubung Bandung (Pemerintah Kota Bandung)". */
    public String line(Messages messages) {
        return messages.get("ui.officer.signedIn", name, institution);
    }
}
