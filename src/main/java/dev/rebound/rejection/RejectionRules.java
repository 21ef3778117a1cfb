package dev.rebound.rejection;

import dev.rebound.problem.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules about a rejection that span several fields or depend on the owner's today. */
public final class RejectionRules {

    /** Earlier dates are typos, not job searches. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private RejectionRules() {}

    public static List<FieldError> check(RejectionInput input, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate rejectedOn = input.rejectedOn();
        LocalDate appliedOn = input.appliedOn();
        if (rejectedOn != null) {
            if (rejectedOn.isAfter(today)) {
                errors.add(new FieldError("rejectedOn", "must not be after today (" + today + ")"));
            } else if (rejectedOn.isBefore(EARLIEST_DATE)) {
                errors.add(new FieldError("rejectedOn", "must not be before " + EARLIEST_DATE));
            }
        }
        if (appliedOn != null) {
            if (rejectedOn != null && appliedOn.isAfter(rejectedOn)) {
                errors.add(new FieldError("appliedOn", "must not be after rejectedOn"));
            } else if (appliedOn.isAfter(today)) {
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
