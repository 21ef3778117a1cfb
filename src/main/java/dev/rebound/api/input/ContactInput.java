package dev.rebound.api.input;

import dev.rebound.binding.TextLength;
import jakarta.validation.constraints.Email;

/** The interviewer or recruiter; every member is optional. */
public record ContactInput(
        @TextLength(max = 200) String name,
        @TextLength(max = 200) String title,

        @TextLength(max = 254)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid e-mail address")
        String email) {

    public boolean hasNoDetails() {
        return name == null && title == null && email == null;
    }
}
