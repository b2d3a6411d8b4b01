package id.penghubung.ui.ombudsman;

/** One complaint of a cross-institution group, side by side with the others: its institution, status and latest answer. */
public record InstitutionMember(String group, String trackingId, String title, String agency, String status, String answer) {
}
