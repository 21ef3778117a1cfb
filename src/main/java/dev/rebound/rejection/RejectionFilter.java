package dev.rebound.rejection;

import dev.rebound.vocabulary.RejectionReason;
import dev.rebound.vocabulary.StageReached;
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
