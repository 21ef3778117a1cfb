package dev.rebound.rejection;

import dev.rebound.api.model.RecordStatus;
import java.util.UUID;

/**
 * Whether a record has a saved reflection, which its {@link RecordStatus} depends on. The follow-up feature keeps
 * reflections and answers; the records feature asks through this, so it neither reads their table nor depends on
 * that feature.
 */
public interface ReflectionLookup {

    /** In the caller's transaction. */
    boolean reflectionSaved(UUID rejectionId);
}
