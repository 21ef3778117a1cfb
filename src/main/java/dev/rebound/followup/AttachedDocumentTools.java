package dev.rebound.followup;

import dev.rebound.binding.BodyChecks;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.rejection.RejectionService;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * What every kind of attached document works with, injected as one: the records it hangs on (for their lock and
 * plan), its table, the body checks, the plan metrics and the clock.
 */
@Dependent
public record AttachedDocumentTools(
        RejectionService rejections,
        EntityManager entityManager,
        BodyChecks bodyChecks,
        BusinessMetrics metrics,
        Clock clock) {}
