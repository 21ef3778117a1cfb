package dev.rebound.rejection;

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
