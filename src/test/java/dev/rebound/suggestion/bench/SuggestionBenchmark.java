package dev.rebound.suggestion.bench;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.api.model.Suggestions;
import dev.rebound.api.model.Tone;
import dev.rebound.suggestion.MessageTemplates;
import dev.rebound.suggestion.RejectionFacts;
import dev.rebound.suggestion.SuggestionComposer;
import dev.rebound.suggestion.SuggestionOptions;
import dev.rebound.vocabulary.MessageLocale;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.jboss.logmanager.LogContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build one full suggestion set (rules, every template, mailto links), with the same templates
 * the service uses. Run with {@code ./mvnw -Pbench-suggestions verify} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SuggestionBenchmark {

    @Param({"en", "es"})
    String locale;

    @Param({"WARM", "BRIEF"})
    String tone;

    private SuggestionComposer composer;
    private RejectionFacts facts;
    private SuggestionOptions options;

    @Setup
    public void setUp() {
        // Outside Quarkus nothing sets a log level, and Qute's trace lines would be built and handled on every
        // render; the service logs at INFO.
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        composer = new SuggestionComposer(MessageTemplates.engine());
        facts = new RejectionFacts(
                "Nordlicht Analytics",
                "Senior Data Engineer",
                StageReached.FINAL_INTERVIEW,
                InterviewFormat.VIDEO,
                NotifiedVia.EMAIL,
                LocalDate.of(2026, 11, 20),
                RejectionReason.PREFERRED_ANOTHER_CANDIDATE,
                "María José Peña",
                "mj.pena@nordlicht.example",
                true,
                4);
        options = new SuggestionOptions(
                Tone.valueOf(tone), MessageLocale.forTag(locale).orElseThrow(), "Alex Kim");
    }

    @Benchmark
    public Suggestions composeOneSet() {
        return composer.compose(facts, options);
    }
}
