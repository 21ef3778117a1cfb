package dev.rebound.followup;

import dev.rebound.vocabulary.ImprovementArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A reflection as the API returns it. */
public record ReflectionView(
        List<ReflectionAnswer> answers,
        String lessons,
        List<ImprovementArea> improvementAreas,
        boolean lettingGo,
        LocalDate reflectedOn,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements AttachedDocumentView {

    static ReflectionView of(Reflection reflection) {
        return new ReflectionView(
                List.copyOf(reflection.answers),
                reflection.lessons,
                reflection.improvementAreas.stream()
                        .map(ImprovementArea::valueOf)
                        .toList(),
                reflection.lettingGo,
                reflection.reflectedOn,
                reflection.createdAt,
                reflection.updatedAt,
                reflection.version);
    }
}
