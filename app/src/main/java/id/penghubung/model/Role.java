package id.penghubung.model;

/** Who an account is: a liaison officer acts, an Ombudsman office only reads, an admin drives the training world. */
public enum Role {
    OFFICER,
    OMBUDSMAN,
    ADMIN
}
