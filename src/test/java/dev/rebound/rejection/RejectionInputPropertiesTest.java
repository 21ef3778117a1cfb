package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rebound.api.input.RejectionInput;
import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.binding.JsonBodies;
import dev.rebound.binding.StrictJsonCustomizer;
import dev.rebound.binding.Violations;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Throws generated bodies, valid and hostile, at the JSON binding and validation layers (no Quarkus):
 * every body either binds to a valid input whose values round-trip exactly, or is refused with errors
 * that each name a field the body sent or a required field it left out.
 */
class RejectionInputPropertiesTest {

    private static final List<String> REQUIRED =
            List.of("company", "role", "stageReached", "notifiedVia", "rejectedOn");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final ObjectMapper mapper = strictMapper();
    private final JsonBodies json = new JsonBodies(mapper);
    private final Validator validator = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    @Property(tries = 2000)
    void everyBodyRoundTripsOrNamesItsBadFields(@ForAll("bodies") Map<String, Object> body) throws Exception {
        ObjectNode tree = json.readObject(mapper.writeValueAsBytes(body));
        List<FieldError> errors = new ArrayList<>();
        RejectionInput input = null;
        try {
            JsonBodies.Binding<RejectionInput> binding = json.bind(tree, RejectionInput.class);
            errors.addAll(binding.errors());
            input = binding.value();
            for (FieldError error : Violations.toFieldErrors(validator.validate(input))) {
                if (!binding.failed(error.field())) {
                    errors.add(error);
                }
            }
            errors.addAll(RejectionRules.check(input, TODAY));
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }

        Statistics.collect(errors.isEmpty() ? "accepted and round-tripped" : "refused, naming its fields");
        if (errors.isEmpty()) {
            ObjectNode back = mapper.valueToTree(input);
            body.forEach((field, value) -> assertThat(back.get(field)).as(field).isEqualTo(mapper.valueToTree(value)));
        } else {
            for (FieldError error : errors) {
                String top = error.field().split("[.\\[]")[0];
                assertThat(body.containsKey(top) || REQUIRED.contains(top))
                        .as(error.toString())
                        .isTrue();
                assertThat(error.message()).isNotBlank().doesNotContain("com.", "java.", "Exception");
            }
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> bodies() {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        fields.put("company", text(200));
        fields.put("role", text(200));
        fields.put("stageReached", enumOrJunk(StageReached.class));
        fields.put("interviewRound", number(1, 20));
        fields.put("interviewFormat", enumOrJunk(InterviewFormat.class));
        fields.put("notifiedVia", enumOrJunk(NotifiedVia.class));
        fields.put("rejectedOn", date());
        fields.put("appliedOn", date());
        fields.put("reason", enumOrJunk(RejectionReason.class));
        fields.put("reasonDetail", text(2000));
        fields.put(
                "internalCandidate", mostly(Arbitraries.of(true, false).map(b -> (Object) b), Arbitraries.just("yes")));
        fields.put("selfAssessment", number(1, 5));
        fields.put("notes", text(20000));
        fields.put(
                "tags",
                mostly(
                        Arbitraries.strings()
                                .alpha()
                                .ofMinLength(1)
                                .ofMaxLength(50)
                                .list()
                                .uniqueElements()
                                .ofMaxSize(20)
                                .map(list -> (Object) list),
                        Arbitraries.oneOf(
                                text(50).list().ofMaxSize(22).map(list -> (Object) list),
                                Arbitraries.just("not-a-list"))));
        fields.put("unexpected", Arbitraries.just("field"));
        List<String> names = new ArrayList<>(fields.keySet());
        Arbitrary<java.util.Set<String>> choices = Arbitraries.oneOf(
                Arbitraries.subsetOf(names), Arbitraries.subsetOf(names).map(set -> {
                    java.util.Set<String> withRequired = new java.util.HashSet<>(set);
                    withRequired.addAll(REQUIRED);
                    withRequired.remove("unexpected");
                    return withRequired;
                }));
        return choices.flatMap(chosen -> {
            List<String> present = names.stream().filter(chosen::contains).toList();
            List<Arbitrary<Object>> values = present.stream().map(fields::get).toList();
            return Combinators.combine(values).as(list -> {
                Map<String, Object> body = new LinkedHashMap<>();
                for (int i = 0; i < present.size(); i++) {
                    body.put(present.get(i), list.get(i));
                }
                return body;
            });
        });
    }

    /** Mostly valid values, sometimes hostile ones, so that both outcomes are exercised. */
    private static Arbitrary<Object> mostly(Arbitrary<Object> valid, Arbitrary<Object> hostile) {
        return Arbitraries.frequencyOf(Tuple.of(12, valid), Tuple.of(1, hostile));
    }

    private static Arbitrary<Object> text(int max) {
        Arbitrary<Object> valid = Arbitraries.oneOf(
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars(' ', 'é', 'ñ', '🚀', '\'', '{', '}')
                        .ofMinLength(0)
                        .ofMaxLength(Math.min(max, 60))
                        .map(s -> (Object) ("x" + s)),
                Arbitraries.of(
                                "Café Ñandú 🚀",
                                "{company} {#if x}",
                                "Robert'); DROP TABLE rejection;--",
                                "שלום עולם",
                                "株式会社テスト")
                        .map(s -> (Object) s));
        Arbitrary<Object> hostile = Arbitraries.oneOf(
                Arbitraries.strings()
                        .all()
                        .ofMinLength(0)
                        .ofMaxLength(Math.min(max + 5, 300))
                        .map(s -> (Object) s),
                Arbitraries.of("   ", "\u0000nul", "\ud800lone", "y".repeat(max + 1))
                        .map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.just(null));
        return mostly(valid, hostile);
    }

    private static <E extends Enum<E>> Arbitrary<Object> enumOrJunk(Class<E> type) {
        return mostly(
                Arbitraries.of(type).map(e -> (Object) e.name()),
                Arbitraries.oneOf(Arbitraries.of("", "nope", "applied").map(s -> (Object) s), Arbitraries.just(null)));
    }

    private static Arbitrary<Object> number(int min, int max) {
        return mostly(
                Arbitraries.integers().between(min, max).map(i -> (Object) i),
                Arbitraries.oneOf(
                        Arbitraries.of(min - 1, max + 1, 2.5, "3", Long.MAX_VALUE)
                                .map(v -> (Object) v),
                        Arbitraries.just(null)));
    }

    private static Arbitrary<Object> date() {
        return mostly(
                Arbitraries.integers().between(-400, 0).map(days ->
                        (Object) TODAY.plusDays(days).toString()),
                Arbitraries.oneOf(
                        Arbitraries.of(
                                        "2026-02-30",
                                        "2026-1-5",
                                        "+10000-01-01",
                                        "2026-10-01T10:00:00",
                                        "",
                                        TODAY.plusDays(3).toString())
                                .map(s -> (Object) s),
                        Arbitraries.just(null)));
    }
}
