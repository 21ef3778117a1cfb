package dev.rebound.followup;

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
        long version) {

    /**
     * From a query's row: rejectionId, answers, lessons, improvementAreas, lettingGo, reflectedOn, createdAt,
     * updatedAt, version.
     */
    @SuppressWarnings("unchecked")
    static ReflectionView of(Object[] row) {
        return new ReflectionView(
                List.copyOf((List<ReflectionAnswer>) row[1]),
                (String) row[2],
                ((List<String>) row[3]).stream().map(ImprovementArea::valueOf).toList(),
                (Boolean) row[4],
                (LocalDate) row[5],
                (Instant) row[6],
                (Instant) row[7],
                (Long) row[8]);
    }

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
