package dev.rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import dev.rebound.rejection.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String PAGE_MESSAGE = "must be a whole number of at least 0";
    private static final String SIZE_MESSAGE = "must be a whole number between 1 and 100";
    private static final String DATE_MESSAGE = "must be a date in the form YYYY-MM-DD";

    /** Builds a parameter map from name/value pairs; a repeated name adds a further value. */
    private static Map<String, List<String>> params(String... namesAndValues) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters
                    .computeIfAbsent(namesAndValues[i], k -> new ArrayList<>())
                    .add(namesAndValues[i + 1]);
        }
        return parameters;
    }

    private static ReminderQuery parse(String... namesAndValues) {
        return ReminderQuery.parse(params(namesAndValues), TODAY);
    }

    private static List<FieldError> errors(String... namesAndValues) {
        ProblemException problem =
                catchThrowableOfType(ProblemException.class, () -> ReminderQuery.parse(params(namesAndValues), TODAY));
        assertThat(problem).as("expected a ProblemException").isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
        return problem.errors();
    }

    @Test
    void defaultsToTheWeekAfterTodayAndTheFirstPageOfTwenty() {
        ReminderQuery query = parse();
        assertThat(query.dueBefore()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(query.page()).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void defaultWindowCountsFromTheGivenToday() {
        assertThat(ReminderQuery.parse(params(), LocalDate.of(2026, 12, 28)).dueBefore())
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(ReminderQuery.parse(params(), LocalDate.of(2028, 2, 25)).dueBefore())
                .isEqualTo(LocalDate.of(2028, 3, 3));
    }

    @Test
    void emptyValuesCountAsAbsent() {
        ReminderQuery query = parse("dueBefore", "", "page", "", "size", "");
        assertThat(query.dueBefore()).isEqualTo(TODAY.plusDays(7));
        assertThat(query.page()).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void takesGivenValues() {
        ReminderQuery query = parse("dueBefore", "2020-02-29", "page", "3", "size", "7");
        assertThat(query.dueBefore()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(query.page()).isEqualTo(new PageRequest(3, 7));
        assertThat(query.page().offset()).isEqualTo(21);
    }

    @Test
    void acceptsDatesInThePastAndFarAhead() {
        assertThat(parse("dueBefore", "1900-01-01").dueBefore()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(parse("dueBefore", "9999-12-31").dueBefore()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void acceptsTheEdgesOfPageAndSize() {
        assertThat(parse("size", "1").page().size()).isEqualTo(1);
        assertThat(parse("size", "100").page().size()).isEqualTo(100);
        assertThat(parse("page", "0").page().page()).isZero();
        assertThat(parse("page", "2147483647").page().page()).isEqualTo(Integer.MAX_VALUE);
        assertThat(parse("page", "2147483647", "size", "100").page().offset()).isEqualTo(214748364700L);
    }

    @Test
    void usesTheFirstValueOfARepeatedParameter() {
        assertThat(parse("size", "5", "size", "9").page().size()).isEqualTo(5);
    }

    @Test
    void rejectsBadDates() {
        for (String bad : List.of(
                "2026-13-01",
                "2026-02-29",
                "2026-1-5",
                "tomorrow",
                "2026-01-01T00:00",
                "+12026-01-01",
                " 2026-01-01",
                "2026/01/01",
                "20260101")) {
            assertThat(errors("dueBefore", bad)).as(bad).containsExactly(new FieldError("dueBefore", DATE_MESSAGE));
        }
    }

    @Test
    void rejectsBadPagesAndSizes() {
        for (String bad : List.of("-1", "x", "1.5", "2147483648", "99999999999", "+1", " 1")) {
            assertThat(errors("page", bad)).as(bad).containsExactly(new FieldError("page", PAGE_MESSAGE));
        }
        for (String bad : List.of("0", "101", "ten", "-5", "1e2")) {
            assertThat(errors("size", bad)).as(bad).containsExactly(new FieldError("size", SIZE_MESSAGE));
        }
    }

    @Test
    void namesEveryBadParameterAtOnce() {
        assertThat(errors("dueBefore", "soon", "page", "-1", "size", "500"))
                .containsExactlyInAnyOrder(
                        new FieldError("dueBefore", DATE_MESSAGE),
                        new FieldError("page", PAGE_MESSAGE),
                        new FieldError("size", SIZE_MESSAGE));
    }

    @Test
    void ignoresUnknownParameters() {
        assertThat(parse("sort", "whatever", "status", "DONE").page()).isEqualTo(new PageRequest(0, 20));
    }
}
