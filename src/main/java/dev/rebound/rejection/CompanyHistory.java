package dev.rebound.rejection;

import java.time.LocalDate;

/** The owner's earlier rejections at the same company (names compared without regard to case). */
public record CompanyHistory(long priorRejectionsAtCompany, LocalDate lastRejectedOn) {

    public static final CompanyHistory NONE = new CompanyHistory(0, null);
}
