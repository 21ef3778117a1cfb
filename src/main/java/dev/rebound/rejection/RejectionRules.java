package dev.rebound.rejection;

import dev.rebound.api.input.RejectionInput;
import dev.rebound.problem.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Rules about a rejection that span several fields or depend on the owner's today. */
public final class RejectionRules {

    /** Earlier dates are typos, not job searches. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private RejectionRules() {}

    public static List<FieldError> check(RejectionInput input, LocalDate today) {
        return check(input, null, today);
    }

    /**
     * Checks a new or changed rejection. A date that a change leaves as stored is not judged against
     * today again: it was valid in the time zone of whoever saved it.
     */
    public static List<FieldError> check(RejectionInput input, RejectionInput stored, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate rejectedOn = input.rejectedOn();
        LocalDate appliedOn = input.appliedOn();
        boolean rejectedOnKept = stored != null && Objects.equals(stored.rejectedOn(), rejectedOn);
        boolean appliedOnKept = stored != null && Objects.equals(stored.appliedOn(), appliedOn);
        if (rejectedOn != null) {
            if (rejectedOn.isAfter(today) && !rejectedOnKept) {
                errors.add(new FieldError("rejectedOn", "must not be after today (" + today + ")"));
            } else if (rejectedOn.isBefore(EARLIEST_DATE)) {
                errors.add(new FieldError("rejectedOn", "must not be before " + EARLIEST_DATE));
            }
        }
        if (appliedOn != null) {
            if (rejectedOn != null && appliedOn.isAfter(rejectedOn)) {
                errors.add(new FieldError("appliedOn", "must not be after rejectedOn"));
            } else if (appliedOn.isAfter(today) && !appliedOnKept) {
                errors.add(new FieldError("appliedOn", "must not be after today (" + today + ")"));
            } else if (appliedOn.isBefore(EARLIEST_DATE)) {
                errors.add(new FieldError("appliedOn", "must not be before " + EARLIEST_DATE));
            }
        }
        if (input.tags() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < input.tags().size(); i++) {
                String tag = input.tags().get(i);
                if (tag != null && !seen.add(tag)) {
                    errors.add(new FieldError("tags[" + i + "]", "repeats an earlier tag; tags must be distinct"));
                }
            }
        }
        return errors;
    }
}
