package dev.rebound.rejection;

import dev.rebound.api.input.RejectionInput;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.Suggestions;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.suggestion.RejectionFacts;
import dev.rebound.suggestion.SuggestionComposer;
import dev.rebound.suggestion.SuggestionOptions;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

/** What to do next about a record, stored or about to be: the engine's suggestions, each set counted once. */
@ApplicationScoped
@RequiredArgsConstructor
public class RecordSuggestions {

    private final SuggestionComposer composer;
    private final BusinessMetrics metrics;

    public Suggestions write(RejectionFacts facts, SuggestionOptions options) {
        Suggestions suggestions = composer.compose(facts, options);
        metrics.suggestionsGenerated();
        return suggestions;
    }

    /** For a stored record. */
    public Suggestions write(Rejection record, SuggestionOptions options) {
        return write(RejectionMapper.facts(record), options);
    }

    /** For a checked record that is not stored (a preview). */
    public Suggestions write(RejectionInput checked, SuggestionOptions options) {
        return write(RejectionMapper.facts(checked), options);
    }
}
