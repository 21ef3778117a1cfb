package dev.rebound.rejection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored interviewer or recruiter; Hibernate reads it back as {@code null} when every column is empty. */
@Embeddable
public class ContactEntity {

    @Column(name = "contact_name")
    public String name;

    @Column(name = "contact_title")
    public String title;

    @Column(name = "contact_email")
    public String email;

    boolean hasNoDetails() {
        return name == null && title == null && email == null;
    }
}
