package dev.rebound.rejection;

import dev.rebound.problem.ProblemException;
import java.util.UUID;

/** Record ids in paths: bound as strings and checked here, since a failed JAX-RS conversion answers 404. */
public final class RejectionIds {

    private RejectionIds() {}

    public static UUID parse(String id) {
        try {
            if (id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalid("id", "must be a UUID such as 0b9f3c9e-8a7d-4d0b-9a55-3c2f1e6d7a10");
    }
}
