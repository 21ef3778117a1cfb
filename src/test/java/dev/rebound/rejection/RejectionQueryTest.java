package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RejectionQueryTest {

    private static final String STAGES =
            "must be one of APPLIED, SCREENING, ASSESSMENT, INTERVIEW, FINAL_INTERVIEW, REFERENCE_CHECK, OFFER";
    private static final String REASONS = "must be one of NOT_GIVEN, SKILLS_OR_EXPERIENCE_GAP,"
            + " PREFERRED_ANOTHER_CANDIDATE, INTERNAL_CANDIDATE_CHOSEN, ROLE_CLOSED_OR_CANCELLED,"
            + " TEAM_OR_CULTURE_FIT, COMPENSATION_MISMATCH, LOCATION_OR_WORK_AUTHORIZATION,"
            + " ASSESSMENT_NOT_PASSED, AUTOMATED_SCREENING, OTHER";
    private static final String PAGE_MESSAGE = "must be a whole number of at least 0";
    private static final String SIZE_MESSAGE = "must be a whole number between 1 and 100";
    private static final String DATE_MESSAGE = "must be a date in the form YYYY-MM-DD";
    private static final String SORT_MESSAGE = "must be rejectedOn or createdAt, optionally followed by ,asc or ,desc";
    private static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

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

    private static RejectionQuery parse(String... namesAndValues) {
        return RejectionQuery.parse(params(namesAndValues));
    }

    private static ProblemException failure(Map<String, List<String>> parameters) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> RejectionQuery.parse(parameters));
        assertThat(problem).as("expected a ProblemException").isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
        return problem;
    }

    private static List<FieldError> errors(String... namesAndValues) {
        return failure(params(namesAndValues)).errors();
    }

    private static String codePoints(String unit, int count) {
        return unit.repeat(count);
    }

    // --- defaults ---------------------------------------------------------------------------

    @Test
    void usesDefaultsWhenNoParametersAreGiven() {
        RejectionQuery query = RejectionQuery.parse(Map.of());

        assertThat(query.page()).isEqualTo(new PageRequest(0, 20));
        assertThat(query.sort()).isEqualTo(RejectionSort.DEFAULT);
        assertThat(query.sort().field()).isEqualTo(RejectionSort.Field.REJECTED_ON);
        assertThat(query.sort().ascending()).isFalse();
        assertThat(query.filter()).isEqualTo(new RejectionFilter(null, null, null, null, null, null, null, null));
    }

    @Test
    void ignoresUnknownParameters() {
        RejectionQuery query = parse("colour", "blue", "pageSize", "x");

        assertThat(query.page()).isEqualTo(new PageRequest(0, 20));
        assertThat(query.sort()).isEqualTo(RejectionSort.DEFAULT);
    }

    // --- empty values -----------------------------------------------------------------------

    @Test
    void treatsEmptyValuesOfEveryParameterAsAbsent() {
        RejectionQuery query = parse(
                "page",
                "",
                "size",
                "",
                "stageReached",
                "",
                "reason",
                "",
                "company",
                "",
                "rejectedFrom",
                "",
                "rejectedTo",
                "",
                "tag",
                "",
                "q",
                "",
                "sort",
                "");

        assertThat(query.page()).isEqualTo(new PageRequest(0, 20));
        assertThat(query.sort()).isEqualTo(RejectionSort.DEFAULT);
        assertThat(query.filter()).isEqualTo(new RejectionFilter(null, null, null, null, null, null, null, null));
    }

    @Test
    void treatsAnEmptyValueListAsAbsent() {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put("page", List.of());
        parameters.put("size", List.of());
        parameters.put("sort", List.of());

        RejectionQuery query = RejectionQuery.parse(parameters);

        assertThat(query.page()).isEqualTo(new PageRequest(0, 20));
        assertThat(query.sort()).isEqualTo(RejectionSort.DEFAULT);
    }

    @Test
    void treatsANullFirstValueAsAbsent() {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put("size", Arrays.asList((String) null));
        parameters.put("rejectedFrom", Arrays.asList((String) null));

        RejectionQuery query = RejectionQuery.parse(parameters);

        assertThat(query.page().size()).isEqualTo(20);
        assertThat(query.filter().rejectedFrom()).isNull();
    }

    @Test
    void treatsWhitespaceOnlyTextAsAbsent() {
        RejectionQuery query = parse("company", "   ", "tag", "\t", "q", " \n ");

        assertThat(query.filter().company()).isNull();
        assertThat(query.filter().tag()).isNull();
        assertThat(query.filter().text()).isNull();
    }

    @Test
    void usesOnlyTheFirstValueOfARepeatedParameter() {
        RejectionQuery query = parse("size", "5", "size", "abc", "page", "2", "page", "-1");

        assertThat(query.page()).isEqualTo(new PageRequest(2, 5));
    }

    // --- page -------------------------------------------------------------------------------

    @Test
    void acceptsPageZero() {
        assertThat(parse("page", "0").page().page()).isZero();
    }

    @Test
    void acceptsALargePage() {
        assertThat(parse("page", "7").page().page()).isEqualTo(7);
        assertThat(parse("page", String.valueOf(Integer.MAX_VALUE)).page().page())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void rejectsNegativePage() {
        assertThat(errors("page", "-1")).containsExactly(new FieldError("page", PAGE_MESSAGE));
    }

    @Test
    void rejectsNonNumericPage() {
        assertThat(errors("page", "abc")).containsExactly(new FieldError("page", PAGE_MESSAGE));
    }

    @Test
    void rejectsFractionalPage() {
        assertThat(errors("page", "1.5")).containsExactly(new FieldError("page", PAGE_MESSAGE));
    }

    @Test
    void rejectsPageBeyondIntRange() {
        assertThat(errors("page", "2147483648")).containsExactly(new FieldError("page", PAGE_MESSAGE));
    }

    // --- size -------------------------------------------------------------------------------

    @Test
    void acceptsSizeOne() {
        assertThat(parse("size", "1").page().size()).isEqualTo(1);
    }

    @Test
    void acceptsSizeHundred() {
        assertThat(parse("size", "100").page().size()).isEqualTo(100);
    }

    @Test
    void rejectsSizeZero() {
        assertThat(errors("size", "0")).containsExactly(new FieldError("size", SIZE_MESSAGE));
    }

    @Test
    void rejectsSizeAboveHundred() {
        assertThat(errors("size", "101")).containsExactly(new FieldError("size", SIZE_MESSAGE));
    }

    @Test
    void rejectsNegativeSize() {
        assertThat(errors("size", "-5")).containsExactly(new FieldError("size", SIZE_MESSAGE));
    }

    @Test
    void rejectsNonNumericSize() {
        assertThat(errors("size", "abc")).containsExactly(new FieldError("size", SIZE_MESSAGE));
    }

    // --- enums ------------------------------------------------------------------------------

    @Test
    void acceptsEveryStageReached() {
        for (StageReached stage : StageReached.values()) {
            assertThat(parse("stageReached", stage.name()).filter().stageReached())
                    .isEqualTo(stage);
        }
    }

    @Test
    void acceptsEveryReason() {
        for (RejectionReason reason : RejectionReason.values()) {
            assertThat(parse("reason", reason.name()).filter().reason()).isEqualTo(reason);
        }
    }

    @Test
    void rejectsUnknownStageReachedListingTheAllowedValues() {
        assertThat(errors("stageReached", "HIRED")).containsExactly(new FieldError("stageReached", STAGES));
    }

    @Test
    void rejectsStageReachedInTheWrongCase() {
        assertThat(errors("stageReached", "final_interview")).containsExactly(new FieldError("stageReached", STAGES));
    }

    @Test
    void rejectsUnknownReasonListingTheAllowedValues() {
        assertThat(errors("reason", "BAD_LUCK")).containsExactly(new FieldError("reason", REASONS));
    }

    // --- text -------------------------------------------------------------------------------

    @Test
    void acceptsCompanyTagAndQueryText() {
        RejectionFilter filter = parse(
                        "company", "Nordlicht Analytics", "tag", "remote", "q", "\"data engineer\" -contractor")
                .filter();

        assertThat(filter.company()).isEqualTo("Nordlicht Analytics");
        assertThat(filter.tag()).isEqualTo("remote");
        assertThat(filter.text()).isEqualTo("\"data engineer\" -contractor");
    }

    @Test
    void acceptsTextAtTheMaximumLengthCountedInCodePoints() {
        String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 chars
        RejectionFilter filter = parse(
                        "company", codePoints(emoji, 200), "tag", codePoints(emoji, 50), "q", codePoints(emoji, 200))
                .filter();

        assertThat(filter.company()).hasSize(400);
        assertThat(filter.tag()).hasSize(100);
        assertThat(filter.text()).hasSize(400);
    }

    @Test
    void rejectsOverLongCompany() {
        assertThat(errors("company", "x".repeat(201)))
                .containsExactly(new FieldError("company", "must be at most 200 characters long"));
    }

    @Test
    void rejectsOverLongTag() {
        assertThat(errors("tag", "x".repeat(51)))
                .containsExactly(new FieldError("tag", "must be at most 50 characters long"));
    }

    @Test
    void rejectsOverLongQuery() {
        assertThat(errors("q", "x".repeat(201)))
                .containsExactly(new FieldError("q", "must be at most 200 characters long"));
    }

    @Test
    void rejectsOverLongEmojiTextByCodePoints() {
        assertThat(errors("q", codePoints("\uD83D\uDE00", 201)))
                .containsExactly(new FieldError("q", "must be at most 200 characters long"));
    }

    @Test
    void rejectsNulInCompanyTagAndQuery() {
        assertThat(errors("company", "Acme\u0000", "tag", "re\u0000mote", "q", "\u0000"))
                .containsExactly(
                        new FieldError("company", NUL_MESSAGE),
                        new FieldError("tag", NUL_MESSAGE),
                        new FieldError("q", NUL_MESSAGE));
    }

    @Test
    void rejectsUnpairedSurrogateInQuery() {
        assertThat(errors("q", "abc\uD83D"))
                .containsExactly(new FieldError("q", "must not contain an unpaired surrogate (invalid Unicode)"));
    }

    // --- dates ------------------------------------------------------------------------------

    @Test
    void acceptsRejectedFromAndRejectedTo() {
        RejectionFilter filter =
                parse("rejectedFrom", "2026-01-01", "rejectedTo", "2026-12-31").filter();

        assertThat(filter.rejectedFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(filter.rejectedTo()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void acceptsRejectedFromEqualToRejectedTo() {
        RejectionFilter filter =
                parse("rejectedFrom", "2026-03-15", "rejectedTo", "2026-03-15").filter();

        assertThat(filter.rejectedFrom()).isEqualTo(filter.rejectedTo());
    }

    @Test
    void rejectsMalformedRejectedFrom() {
        assertThat(errors("rejectedFrom", "01/02/2026")).containsExactly(new FieldError("rejectedFrom", DATE_MESSAGE));
    }

    @Test
    void rejectsImpossibleRejectedTo() {
        assertThat(errors("rejectedTo", "2026-02-30")).containsExactly(new FieldError("rejectedTo", DATE_MESSAGE));
    }

    @Test
    void rejectsDateWithTime() {
        assertThat(errors("rejectedTo", "2026-02-01T10:00:00"))
                .containsExactly(new FieldError("rejectedTo", DATE_MESSAGE));
    }

    @Test
    void rejectsRejectedFromAfterRejectedTo() {
        assertThat(errors("rejectedFrom", "2026-03-02", "rejectedTo", "2026-03-01"))
                .containsExactly(new FieldError("rejectedFrom", "must not be after rejectedTo"));
    }

    @Test
    void doesNotCompareDatesWhenOneOfThemIsMalformed() {
        assertThat(errors("rejectedFrom", "2026-03-02", "rejectedTo", "yesterday"))
                .containsExactly(new FieldError("rejectedTo", DATE_MESSAGE));
    }

    // --- sort -------------------------------------------------------------------------------

    @Test
    void sortsByRejectedOnDescendingWhenOnlyTheFieldIsGiven() {
        assertThat(parse("sort", "rejectedOn").sort())
                .isEqualTo(new RejectionSort(RejectionSort.Field.REJECTED_ON, false));
    }

    @Test
    void sortsByCreatedAtDescendingWhenOnlyTheFieldIsGiven() {
        assertThat(parse("sort", "createdAt").sort())
                .isEqualTo(new RejectionSort(RejectionSort.Field.CREATED_AT, false));
    }

    @Test
    void acceptsExplicitSortDirections() {
        assertThat(parse("sort", "rejectedOn,asc").sort())
                .isEqualTo(new RejectionSort(RejectionSort.Field.REJECTED_ON, true));
        assertThat(parse("sort", "rejectedOn,desc").sort())
                .isEqualTo(new RejectionSort(RejectionSort.Field.REJECTED_ON, false));
        assertThat(parse("sort", "createdAt,asc").sort())
                .isEqualTo(new RejectionSort(RejectionSort.Field.CREATED_AT, true));
        assertThat(parse("sort", "createdAt,desc").sort())
                .isEqualTo(new RejectionSort(RejectionSort.Field.CREATED_AT, false));
    }

    @Test
    void rejectsUpperCaseSortDirectionAsTheContractDoes() {
        assertThat(errors("sort", "createdAt,ASC")).containsExactly(new FieldError("sort", SORT_MESSAGE));
    }

    @Test
    void rejectsSignedOrNonAsciiDigitsInPage() {
        assertThat(errors("page", "+5")).extracting(FieldError::field).containsExactly("page");
        assertThat(errors("page", "\u0665")).extracting(FieldError::field).containsExactly("page");
    }

    @Test
    void rejectsUnknownSortField() {
        assertThat(errors("sort", "company")).containsExactly(new FieldError("sort", SORT_MESSAGE));
    }

    @Test
    void rejectsSortFieldInTheWrongCase() {
        assertThat(errors("sort", "rejectedon")).containsExactly(new FieldError("sort", SORT_MESSAGE));
    }

    @Test
    void rejectsBadSortDirection() {
        assertThat(errors("sort", "rejectedOn,up")).containsExactly(new FieldError("sort", SORT_MESSAGE));
    }

    @Test
    void rejectsEmptySortDirection() {
        assertThat(errors("sort", "rejectedOn,")).containsExactly(new FieldError("sort", SORT_MESSAGE));
    }

    @Test
    void rejectsSortWithoutField() {
        assertThat(errors("sort", ",asc")).containsExactly(new FieldError("sort", SORT_MESSAGE));
    }

    @Test
    void rejectsSortWithTooManyCommas() {
        assertThat(errors("sort", "rejectedOn,asc,desc")).containsExactly(new FieldError("sort", SORT_MESSAGE));
        assertThat(errors("sort", "createdAt,asc,")).containsExactly(new FieldError("sort", SORT_MESSAGE));
    }

    // --- everything together ----------------------------------------------------------------

    @Test
    void acceptsValidValuesOfEveryParameterTogether() {
        RejectionQuery query = parse(
                "page",
                "3",
                "size",
                "50",
                "stageReached",
                "FINAL_INTERVIEW",
                "reason",
                "PREFERRED_ANOTHER_CANDIDATE",
                "company",
                "nordlicht analytics",
                "rejectedFrom",
                "2026-01-01",
                "rejectedTo",
                "2026-12-31",
                "tag",
                "remote",
                "q",
                "data engineer",
                "sort",
                "createdAt,asc");

        assertThat(query)
                .isEqualTo(new RejectionQuery(
                        new RejectionFilter(
                                StageReached.FINAL_INTERVIEW,
                                RejectionReason.PREFERRED_ANOTHER_CANDIDATE,
                                "nordlicht analytics",
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2026, 12, 31),
                                "remote",
                                "data engineer",
                                null),
                        new PageRequest(3, 50),
                        new RejectionSort(RejectionSort.Field.CREATED_AT, true)));
    }

    @Test
    void reportsEveryBadParameterTogether() {
        ProblemException problem = failure(params(
                "page",
                "-1",
                "size",
                "abc",
                "stageReached",
                "HIRED",
                "reason",
                "BAD_LUCK",
                "company",
                "c".repeat(201),
                "rejectedFrom",
                "2026-13-01",
                "rejectedTo",
                "nope",
                "tag",
                "t".repeat(51),
                "q",
                "a\u0000b",
                "sort",
                "rejectedOn,asc,desc"));

        assertThat(problem.errors())
                .containsExactly(
                        new FieldError("page", PAGE_MESSAGE),
                        new FieldError("size", SIZE_MESSAGE),
                        new FieldError("stageReached", STAGES),
                        new FieldError("reason", REASONS),
                        new FieldError("company", "must be at most 200 characters long"),
                        new FieldError("rejectedFrom", DATE_MESSAGE),
                        new FieldError("rejectedTo", DATE_MESSAGE),
                        new FieldError("tag", "must be at most 50 characters long"),
                        new FieldError("q", NUL_MESSAGE),
                        new FieldError("sort", SORT_MESSAGE));
        assertThat(problem.getMessage()).isEqualTo("10 fields are invalid.");
    }

    @Test
    void reportsDateOrderTogetherWithOtherErrors() {
        assertThat(errors("size", "0", "rejectedFrom", "2026-05-01", "rejectedTo", "2026-04-01", "sort", "x"))
                .containsExactly(
                        new FieldError("size", SIZE_MESSAGE),
                        new FieldError("rejectedFrom", "must not be after rejectedTo"),
                        new FieldError("sort", SORT_MESSAGE));
    }

    @Test
    void describesASingleBadParameterInTheDetail() {
        ProblemException problem = failure(params("size", "101"));

        assertThat(problem.getMessage()).isEqualTo("The field 'size' " + SIZE_MESSAGE + ".");
    }
}
