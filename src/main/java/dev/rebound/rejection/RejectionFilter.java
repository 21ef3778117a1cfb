package dev.rebound.rejection;

import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import java.time.LocalDate;

/** Optional conditions on an owner's rejections; {@code null} means "any". */
public record RejectionFilter(
        StageReached stageReached,
        RejectionReason reason,
        String company,
        LocalDate rejectedFrom,
        LocalDate rejectedTo,
        String tag,
        String text,
        RecordStatus status) {}
