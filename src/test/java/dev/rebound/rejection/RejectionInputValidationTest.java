package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.input.ContactInput;
import dev.rebound.api.input.RejectionInput;
import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.binding.Violations;
import dev.rebound.problem.FieldError;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Field-level rules of {@link RejectionInput} and {@link ContactInput}, checked by plain Hibernate Validator. */
class RejectionInputValidationTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 chars

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildValidator() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    /** A mutable stand-in for the record so each test changes only what it is about. */
    private static final class Input {
        String company = "Nordlicht Analytics";
        String role = "Senior Data Engineer";
        StageReached stageReached = StageReached.FINAL_INTERVIEW;
        Integer interviewRound = 3;
        InterviewFormat interviewFormat = InterviewFormat.VIDEO;
        NotifiedVia notifiedVia = NotifiedVia.EMAIL;
        LocalDate rejectedOn = LocalDate.of(2026, 3, 2);
        LocalDate appliedOn = LocalDate.of(2026, 2, 1);
        RejectionReason reason = RejectionReason.PREFERRED_ANOTHER_CANDIDATE;
        String reasonDetail = "They went with someone who had more Spark experience.";
        ContactInput contact = new ContactInput("María José Peña", "Engineering Manager", "mj.pena@nordlicht.example");
        Boolean internalCandidate = false;
        String jobPostingUrl = "https://careers.nordlicht.example/jobs/4711";
        Integer selfAssessment = 4;
        String notes = "Good rapport with the panel.";
        List<String> tags = List.of("remote", "data");

        RejectionInput build() {
            return new RejectionInput(
                    company,
                    role,
                    stageReached,
                    interviewRound,
                    interviewFormat,
                    notifiedVia,
                    rejectedOn,
                    appliedOn,
                    reason,
                    reasonDetail,
                    contact,
                    internalCandidate,
                    jobPostingUrl,
                    selfAssessment,
                    notes,
                    tags);
        }
    }

    private static List<FieldError> errors(Input input) {
        return Violations.toFieldErrors(validator.validate(input.build()));
    }

    private static List<FieldError> errorsWithTags(String... tags) {
        Input input = new Input();
        input.tags = Arrays.asList(tags);
        return errors(input);
    }

    private static List<FieldError> errorsWithJobPostingUrl(String url) {
        Input input = new Input();
        input.jobPostingUrl = url;
        return errors(input);
    }

    private static List<FieldError> errorsWithEmail(String email) {
        Input input = new Input();
        input.contact = new ContactInput("Ann", null, email);
        return errors(input);
    }

    // --- complete and minimal inputs ----------------------------------------------------------

    @Test
    void acceptsAFullyFilledInput() {
        assertThat(errors(new Input())).isEmpty();
    }

    @Test
    void acceptsOnlyTheRequiredFields() {
        Input input = new Input();
        input.interviewRound = null;
        input.interviewFormat = null;
        input.appliedOn = null;
        input.reason = null;
        input.reasonDetail = null;
        input.contact = null;
        input.internalCandidate = null;
        input.jobPostingUrl = null;
        input.selfAssessment = null;
        input.notes = null;
        input.tags = null;

        assertThat(errors(input)).isEmpty();
    }

    @Test
    void reportsEveryMissingRequiredField() {
        Input input = new Input();
        input.company = null;
        input.role = null;
        input.stageReached = null;
        input.notifiedVia = null;
        input.rejectedOn = null;

        assertThat(errors(input))
                .containsExactly(
                        new FieldError("company", "is required"),
                        new FieldError("notifiedVia", "is required"),
                        new FieldError("rejectedOn", "is required"),
                        new FieldError("role", "is required"),
                        new FieldError("stageReached", "is required"));
    }

    // --- company / role ------------------------------------------------------------------------

    @Test
    void rejectsBlankCompany() {
        Input input = new Input();
        input.company = "   ";

        assertThat(errors(input)).containsExactly(new FieldError("company", "must not be blank"));
    }

    @Test
    void rejectsEmptyCompanyAsBlank() {
        Input input = new Input();
        input.company = "";

        assertThat(errors(input)).containsExactly(new FieldError("company", "must not be blank"));
    }

    @Test
    void rejectsCompanyMadeOfUnicodeSpacesJavaAlsoTreatsAsWhitespace() {
        Input input = new Input();
        input.company = "\u2003\u3000"; // em space, ideographic space

        assertThat(errors(input)).containsExactly(new FieldError("company", "must not be blank"));
    }

    @Test
    void rejectsCompanyMadeOnlyOfNoBreakSpaces() {
        Input input = new Input();
        input.company = "\u00A0\u2007\u202F";

        assertThat(errors(input)).containsExactly(new FieldError("company", "must not be blank"));
    }

    @Test
    void rejectsBlankRole() {
        Input input = new Input();
        input.role = "\t\n";

        assertThat(errors(input)).containsExactly(new FieldError("role", "must not be blank"));
    }

    @Test
    void acceptsCompanyOf200EmojiCountedAsCodePoints() {
        Input input = new Input();
        input.company = EMOJI.repeat(200);
        assertThat(input.company).hasSize(400);

        assertThat(errors(input)).isEmpty();
    }

    @Test
    void rejectsCompanyOf201Emoji() {
        Input input = new Input();
        input.company = EMOJI.repeat(201);

        assertThat(errors(input)).containsExactly(new FieldError("company", "must be at most 200 characters long"));
    }

    @Test
    void rejectsRoleOf201Letters() {
        Input input = new Input();
        input.role = "r".repeat(201);

        assertThat(errors(input)).containsExactly(new FieldError("role", "must be at most 200 characters long"));
    }

    // --- other text fields ------------------------------------------------------------------

    @Test
    void acceptsBlankOptionalText() {
        Input input = new Input();
        input.reasonDetail = "  ";
        input.notes = "";

        assertThat(errors(input)).isEmpty();
    }

    @Test
    void rejectsOverLongReasonDetailAndNotes() {
        Input input = new Input();
        input.reasonDetail = "d".repeat(2001);
        input.notes = "n".repeat(20001);

        assertThat(errors(input))
                .containsExactly(
                        new FieldError("notes", "must be at most 20000 characters long"),
                        new FieldError("reasonDetail", "must be at most 2000 characters long"));
    }

    // --- numbers ----------------------------------------------------------------------------

    @Test
    void acceptsInterviewRoundBounds() {
        Input input = new Input();
        input.interviewRound = 1;
        assertThat(errors(input)).isEmpty();
        input.interviewRound = 20;
        assertThat(errors(input)).isEmpty();
    }

    @Test
    void rejectsInterviewRoundZero() {
        Input input = new Input();
        input.interviewRound = 0;

        assertThat(errors(input)).containsExactly(new FieldError("interviewRound", "must be between 1 and 20"));
    }

    @Test
    void rejectsInterviewRoundAboveTwenty() {
        Input input = new Input();
        input.interviewRound = 21;

        assertThat(errors(input)).containsExactly(new FieldError("interviewRound", "must be between 1 and 20"));
    }

    @Test
    void acceptsSelfAssessmentBounds() {
        Input input = new Input();
        input.selfAssessment = 1;
        assertThat(errors(input)).isEmpty();
        input.selfAssessment = 5;
        assertThat(errors(input)).isEmpty();
    }

    @Test
    void rejectsSelfAssessmentZero() {
        Input input = new Input();
        input.selfAssessment = 0;

        assertThat(errors(input)).containsExactly(new FieldError("selfAssessment", "must be between 1 and 5"));
    }

    @Test
    void rejectsSelfAssessmentAboveFive() {
        Input input = new Input();
        input.selfAssessment = 6;

        assertThat(errors(input)).containsExactly(new FieldError("selfAssessment", "must be between 1 and 5"));
    }

    // --- contact ----------------------------------------------------------------------------

    @Test
    void acceptsAnEmptyContact() {
        Input input = new Input();
        input.contact = new ContactInput(null, null, null);

        assertThat(errors(input)).isEmpty();
    }

    @Test
    void rejectsEmailWithoutAtSignNamingTheNestedField() {
        assertThat(errorsWithEmail("not-an-email"))
                .containsExactly(new FieldError("contact.email", "must be a valid e-mail address"));
    }

    @Test
    void rejectsEmailWithoutDotInDomain() {
        assertThat(errorsWithEmail("ann@localhost"))
                .containsExactly(new FieldError("contact.email", "must be a valid e-mail address"));
    }

    @Test
    void rejectsEmailWithSpace() {
        assertThat(errorsWithEmail("ann smith@acme.example"))
                .containsExactly(new FieldError("contact.email", "must be a valid e-mail address"));
    }

    @Test
    void acceptsAValidEmail() {
        assertThat(errorsWithEmail("ann.smith+jobs@acme.example")).isEmpty();
    }

    @Test
    void rejectsOverLongContactName() {
        Input input = new Input();
        input.contact = new ContactInput("n".repeat(201), null, null);

        assertThat(errors(input))
                .containsExactly(new FieldError("contact.name", "must be at most 200 characters long"));
    }

    // --- jobPostingUrl ----------------------------------------------------------------------

    @Test
    void acceptsHttpsJobPostingUrl() {
        assertThat(errorsWithJobPostingUrl("https://careers.example.com/jobs/4711?ref=li#apply"))
                .isEmpty();
    }

    @Test
    void acceptsHttpJobPostingUrl() {
        assertThat(errorsWithJobPostingUrl("http://jobs.example.com")).isEmpty();
    }

    @Test
    void rejectsFtpJobPostingUrl() {
        assertThat(errorsWithJobPostingUrl("ftp://files.example.com/job.pdf"))
                .containsExactly(new FieldError("jobPostingUrl", "must be an absolute http or https URL"));
    }

    @Test
    void rejectsJobPostingUrlThatIsNotAUrl() {
        assertThat(errorsWithJobPostingUrl("not a url"))
                .containsExactly(new FieldError("jobPostingUrl", "must be an absolute http or https URL"));
    }

    @Test
    void rejectsRelativeJobPostingUrl() {
        assertThat(errorsWithJobPostingUrl("/jobs/4711"))
                .containsExactly(new FieldError("jobPostingUrl", "must be an absolute http or https URL"));
    }

    @Test
    void rejectsJobPostingUrlWithoutHost() {
        assertThat(errorsWithJobPostingUrl("https:///jobs/4711"))
                .containsExactly(new FieldError("jobPostingUrl", "must be an absolute http or https URL"));
    }

    @Test
    void rejectsOverLongJobPostingUrl() {
        String url = "https://example.com/" + "a".repeat(2049 - "https://example.com/".length());

        assertThat(errorsWithJobPostingUrl(url))
                .containsExactly(new FieldError("jobPostingUrl", "must be at most 2048 characters long"));
    }

    // --- tags -------------------------------------------------------------------------------

    @Test
    void acceptsTwentyTags() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tags.add("tag" + i);
        }

        assertThat(errorsWithTags(tags.toArray(String[]::new))).isEmpty();
    }

    @Test
    void rejectsMoreThanTwentyTags() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add("tag" + i);
        }

        assertThat(errorsWithTags(tags.toArray(String[]::new)))
                .containsExactly(new FieldError("tags", "must have at most 20 tags"));
    }

    @Test
    void acceptsNoTags() {
        assertThat(errorsWithTags()).isEmpty();
    }

    @Test
    void rejectsBlankTagNamingItsIndex() {
        assertThat(errorsWithTags("remote", " ")).containsExactly(new FieldError("tags[1]", "must not be blank"));
    }

    @Test
    void rejectsEmptyTagNamingItsIndex() {
        assertThat(errorsWithTags("", "remote")).containsExactly(new FieldError("tags[0]", "must not be blank"));
    }

    @Test
    void acceptsTagOfFiftyCharacters() {
        assertThat(errorsWithTags("remote", "t".repeat(50))).isEmpty();
    }

    @Test
    void rejectsTagOfFiftyOneCharactersNamingItsIndex() {
        assertThat(errorsWithTags("remote", "t".repeat(51)))
                .containsExactly(new FieldError("tags[1]", "must be at most 50 characters long"));
    }

    @Test
    void rejectsNullTagNamingItsIndex() {
        assertThat(errorsWithTags("remote", "data", null))
                .containsExactly(new FieldError("tags[2]", "must not be null"));
    }

    @Test
    void reportsEachBadTagOnce() {
        assertThat(errorsWithTags(null, " ", "ok", "t".repeat(51)))
                .containsExactly(
                        new FieldError("tags[0]", "must not be null"),
                        new FieldError("tags[1]", "must not be blank"),
                        new FieldError("tags[3]", "must be at most 50 characters long"));
    }

    @Test
    void reportsTooManyTagsAndBadTagsTogether() {
        List<String> tags = new ArrayList<>(Collections.nCopies(21, "x"));
        tags.set(4, "");

        assertThat(errorsWithTags(tags.toArray(String[]::new)))
                .containsExactly(
                        new FieldError("tags", "must have at most 20 tags"),
                        new FieldError("tags[4]", "must not be blank"));
    }

    // --- several at once --------------------------------------------------------------------

    @Test
    void reportsSeveralFieldErrorsSortedByField() {
        Input input = new Input();
        input.company = " ";
        input.interviewRound = 21;
        input.selfAssessment = 0;
        input.contact = new ContactInput(null, null, "nope");
        input.jobPostingUrl = "ftp://x.example";
        input.tags = List.of("ok", "t".repeat(51));
        input.rejectedOn = null;

        assertThat(errors(input))
                .containsExactly(
                        new FieldError("company", "must not be blank"),
                        new FieldError("contact.email", "must be a valid e-mail address"),
                        new FieldError("interviewRound", "must be between 1 and 20"),
                        new FieldError("jobPostingUrl", "must be an absolute http or https URL"),
                        new FieldError("rejectedOn", "is required"),
                        new FieldError("selfAssessment", "must be between 1 and 5"),
                        new FieldError("tags[1]", "must be at most 50 characters long"));
    }
}
