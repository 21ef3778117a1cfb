package dev.rebound.insight;

import static dev.rebound.support.FollowThrough.create;
import static dev.rebound.support.FollowThrough.done;
import static dev.rebound.support.FollowThrough.feedback;
import static dev.rebound.support.FollowThrough.record;
import static dev.rebound.support.FollowThrough.reflection;
import static dev.rebound.support.FollowThrough.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rebound.api.model.ImprovementArea;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.support.Api;
import dev.rebound.support.FollowThrough;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InsightsApiTest {

    private final String owner = TestTokens.newOwner();

    private static JsonNode insights(RequestSpecification request, String expectedLanguage) {
        Response response = request.when().get("/v1/insights");
        response.then().statusCode(200).contentType("application/json").header("Content-Language", expectedLanguage);
        return FollowThrough.json(response.asString());
    }

    private JsonNode insights(String... parameters) {
        RequestSpecification request = Api.as(owner);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return insights(request, "en");
    }

    // --- the known dataset ---------------------------------------------------------------------

    /** Seven records over January to March 2025 (none in February); see each line for what it adds. */
    private Map<String, LocalDate> createKnownDataset() {
        Map<String, LocalDate> reflected = new LinkedHashMap<>();
        // Created out of date order, so that "most recent spelling" cannot be the most recently created one.
        String r4 = create(
                owner,
                record("ACME CORP", "2025-03-05", "FINAL_INTERVIEW", "PREFERRED_ANOTHER_CANDIDATE", "VIDEO_CALL"));
        String r6 = create(
                owner,
                record(
                        "globex",
                        "2025-03-31",
                        "INTERVIEW",
                        "SKILLS_OR_EXPERIENCE_GAP",
                        "NO_RESPONSE")); // ghosted: no REQUEST_FEEDBACK step
        String r1 = create(owner, record("Acme Corp", "2025-01-10", "INTERVIEW", "SKILLS_OR_EXPERIENCE_GAP", "EMAIL"));
        String r2 = create(
                owner,
                record(
                        "Nordlicht",
                        "2025-01-20",
                        "APPLIED",
                        "AUTOMATED_SCREENING",
                        "ATS_PORTAL")); // screened out automatically: no REQUEST_FEEDBACK step
        String r3 = create(owner, record("Globex", "2025-01-31", "SCREENING", null, "PHONE")); // reason NOT_GIVEN
        String r5 = create(owner, record("Initech", "2025-03-15", "INTERVIEW", "TEAM_OR_CULTURE_FIT", "EMAIL"));
        String r7 = create(owner, record("Umbrella", "2025-03-20", "APPLIED", "NOT_GIVEN", "NO_RESPONSE"));

        // Thank-you notes: R1, R3, R4, R6.
        for (String id : List.of(r1, r3, r4, r6)) {
            done(owner, id, "SEND_THANK_YOU");
        }
        // Feedback requested: R3 and R4 by hand; R1 by saving its feedback, which marks the request done.
        done(owner, r3, "REQUEST_FEEDBACK");
        done(owner, r4, "REQUEST_FEEDBACK");
        feedback(owner, r1, "More depth on distributed systems.");
        feedback(owner, r4, "Strong, but another candidate had more domain experience.");
        // Feedback that does not count as received: R5's request was skipped (and stays skipped), R6 has no
        // request step at all.
        step(owner, r5, "REQUEST_FEEDBACK", "SKIPPED");
        feedback(owner, r5, "Culture fit, they said.");
        feedback(owner, r6, "A late reply after all.");

        // Reflections on six records; areas PREPARATION 6, ANSWERS 5, COMMUNICATION 4, FIT 3,
        // TECHNICAL_DEPTH 2, QUESTIONS_FOR_THEM 1 (sixth, so not in the top five).
        reflection(owner, r1, "PREPARATION", "ANSWERS", "COMMUNICATION", "FIT", "TECHNICAL_DEPTH");
        reflection(owner, r2, "PREPARATION", "ANSWERS");
        reflection(owner, r3, "PREPARATION", "ANSWERS", "COMMUNICATION", "FIT");
        reflection(owner, r4, "TECHNICAL_DEPTH", "FIT", "COMMUNICATION", "ANSWERS", "PREPARATION");
        reflection(owner, r6, "PREPARATION", "ANSWERS", "COMMUNICATION");
        reflection(owner, r7, "QUESTIONS_FOR_THEM", "PREPARATION");
        reflected.put(r1, LocalDate.parse("2025-01-10"));
        reflected.put(r2, LocalDate.parse("2025-01-20"));
        reflected.put(r3, LocalDate.parse("2025-01-31"));
        reflected.put(r4, LocalDate.parse("2025-03-05"));
        reflected.put(r6, LocalDate.parse("2025-03-31"));
        reflected.put(r7, LocalDate.parse("2025-03-20"));
        return reflected;
    }

    /** Another owner with records in the same months and at the same company, progress and all. */
    private static void createSomeoneElsesData() {
        String other = TestTokens.newOwner();
        for (String date : List.of("2025-01-12", "2025-02-14", "2025-03-05")) {
            String id = create(other, record("acme corp", date, "OFFER", "COMPENSATION_MISMATCH", "LINKEDIN"));
            done(other, id, "SEND_THANK_YOU");
            feedback(other, id, "Budget.");
            reflection(other, id, "COMPENSATION", "NOTHING_TO_CHANGE");
        }
    }

    /** The median of the days from rejection to reflection, with reflections saved today. */
    private static double medianDays(List<LocalDate> rejectedOn) {
        LocalDate today = Samples.todayUtc();
        long[] days = rejectedOn.stream()
                .mapToLong(date -> ChronoUnit.DAYS.between(date, today))
                .sorted()
                .toArray();
        int middle = days.length / 2;
        return days.length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
    }

    @Test
    void computesEveryNumberOfAKnownDatasetAndIgnoresOtherOwners() {
        createSomeoneElsesData();
        Map<String, LocalDate> reflected = createKnownDataset();

        JsonNode body = insights();
        assertThat(body.get("from").isNull()).isTrue();
        assertThat(body.get("to").isNull()).isTrue();
        assertThat(body.get("totalRejections").asLong()).isEqualTo(7);
        assertCounts(
                body.get("byStage"),
                StageReached.class,
                Map.of("APPLIED", 2L, "SCREENING", 1L, "INTERVIEW", 3L, "FINAL_INTERVIEW", 1L));
        assertCounts(
                body.get("byReason"),
                RejectionReason.class,
                Map.of(
                        "NOT_GIVEN",
                        2L,
                        "SKILLS_OR_EXPERIENCE_GAP",
                        2L,
                        "PREFERRED_ANOTHER_CANDIDATE",
                        1L,
                        "TEAM_OR_CULTURE_FIT",
                        1L,
                        "AUTOMATED_SCREENING",
                        1L));
        assertCounts(
                body.get("byChannel"),
                NotifiedVia.class,
                Map.of("EMAIL", 2L, "ATS_PORTAL", 1L, "PHONE", 1L, "VIDEO_CALL", 1L, "NO_RESPONSE", 2L));
        assertMonths(body.get("byMonth"), "2025-01", 3, "2025-02", 0, "2025-03", 4);

        assertThat(repeatCompanies(body))
                .containsExactlyInAnyOrder("ACME CORP|2|2025-03-05|2025-09-05", "globex|2|2025-03-31|2025-09-30");

        JsonNode rates = body.get("rates");
        assertRate(rates.get("thankYouSent"), 0.5714, 4, 7);
        assertRate(rates.get("feedbackRequested"), 0.4286, 3, 7);
        assertRate(rates.get("feedbackReceived"), 0.6667, 2, 3);
        assertRate(rates.get("reflected"), 0.8571, 6, 7);

        assertThat(areas(body))
                .containsExactly("PREPARATION=6", "ANSWERS=5", "COMMUNICATION=4", "FIT=3", "TECHNICAL_DEPTH=2");
        assertThat(body.get("medianDaysToReflection").asDouble())
                .isEqualTo(medianDays(new ArrayList<>(reflected.values())));
        // Six reflections: the median lies between the third and fourth (31 January and 5 March 2025).
        assertThat(body.get("medianDaysToReflection").asDouble() % 1).isEqualTo(0.5);

        // The feedback sentence needs five requests behind it; three is not enough.
        assertThat(texts(body.get("observations")))
                .containsExactly(
                        "Your rejections came most often at the interview stage (3 of 7).",
                        "You sent a thank-you note after 4 of 7 rejections.",
                        "2 of your 7 applications ended without any reply; that silence reflects their process, not your "
                                + "worth.");

        JsonNode spanish = insights(Api.as(owner).queryParam("locale", "es"), "es");
        assertThat(texts(spanish.get("observations")))
                .containsExactly(
                        "Tus rechazos llegaron con más frecuencia en la etapa de entrevista (3 de 7).",
                        "Enviaste una nota de agradecimiento tras 4 de 7 rechazos.",
                        "2 de tus 7 candidaturas terminaron sin ninguna respuesta; ese silencio habla de su proceso, no de tu "
                                + "valía.");
        assertThat(spanish.get("totalRejections").asLong()).isEqualTo(7);
    }

    @Test
    void aRangeCountsOnlyRejectionsOnOrBetweenItsDates() {
        createSomeoneElsesData();
        createKnownDataset();

        // Both ends inclusive: R3 (31 January) and R4 (5 March) only.
        JsonNode body = insights("from", "2025-01-31", "to", "2025-03-05");
        assertThat(body.get("from").asText()).isEqualTo("2025-01-31");
        assertThat(body.get("to").asText()).isEqualTo("2025-03-05");
        assertThat(body.get("totalRejections").asLong()).isEqualTo(2);
        assertCounts(body.get("byStage"), StageReached.class, Map.of("SCREENING", 1L, "FINAL_INTERVIEW", 1L));
        assertCounts(
                body.get("byReason"),
                RejectionReason.class,
                Map.of("NOT_GIVEN", 1L, "PREFERRED_ANOTHER_CANDIDATE", 1L));
        assertCounts(body.get("byChannel"), NotifiedVia.class, Map.of("PHONE", 1L, "VIDEO_CALL", 1L));
        assertMonths(body.get("byMonth"), "2025-01", 1, "2025-02", 0, "2025-03", 1);
        assertThat(repeatCompanies(body)).isEmpty();
        JsonNode rates = body.get("rates");
        assertRate(rates.get("thankYouSent"), 1.0, 2, 2);
        assertRate(rates.get("feedbackRequested"), 1.0, 2, 2);
        assertRate(rates.get("feedbackReceived"), 0.5, 1, 2);
        assertRate(rates.get("reflected"), 1.0, 2, 2);
        List<String> areas = areas(body);
        assertThat(areas).hasSize(5);
        assertThat(areas.subList(0, 4))
                .containsExactlyInAnyOrder("PREPARATION=2", "ANSWERS=2", "COMMUNICATION=2", "FIT=2");
        assertThat(areas.get(4)).isEqualTo("TECHNICAL_DEPTH=1");
        assertThat(body.get("medianDaysToReflection").asDouble())
                .isEqualTo(medianDays(List.of(LocalDate.parse("2025-01-31"), LocalDate.parse("2025-03-05"))));
        assertThat(texts(body.get("observations"))).isEmpty();

        // From only: March, four records: R4, R5, R6 (31 March) and R7. Too few for any observation,
        // though two of them were ghosted and most got a thank-you.
        JsonNode march = insights("from", "2025-03-01");
        assertThat(march.get("to").isNull()).isTrue();
        assertThat(march.get("totalRejections").asLong()).isEqualTo(4);
        assertCounts(
                march.get("byStage"),
                StageReached.class,
                Map.of("FINAL_INTERVIEW", 1L, "INTERVIEW", 2L, "APPLIED", 1L));
        assertCounts(
                march.get("byChannel"), NotifiedVia.class, Map.of("VIDEO_CALL", 1L, "EMAIL", 1L, "NO_RESPONSE", 2L));
        assertMonths(march.get("byMonth"), "2025-03", 4);
        assertThat(repeatCompanies(march)).isEmpty();
        assertRate(march.get("rates").get("thankYouSent"), 0.5, 2, 4);
        assertRate(march.get("rates").get("feedbackRequested"), 0.25, 1, 4);
        assertRate(march.get("rates").get("feedbackReceived"), 1.0, 1, 1);
        assertRate(march.get("rates").get("reflected"), 0.75, 3, 4);
        assertThat(march.get("medianDaysToReflection").asDouble())
                .isEqualTo(medianDays(List.of(
                        LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-31"), LocalDate.parse("2025-03-20"))));
        assertThat(texts(march.get("observations"))).isEmpty();

        // To only: January, three records (R3 on the 31st is in).
        JsonNode january = insights("to", "2025-01-31");
        assertThat(january.get("totalRejections").asLong()).isEqualTo(3);
        assertMonths(january.get("byMonth"), "2025-01", 3);
        assertRate(january.get("rates").get("thankYouSent"), 0.6667, 2, 3);
        assertRate(january.get("rates").get("feedbackRequested"), 0.6667, 2, 3);
        assertRate(january.get("rates").get("feedbackReceived"), 0.5, 1, 2);
        assertRate(january.get("rates").get("reflected"), 1.0, 3, 3);

        // A range with nothing in it.
        JsonNode february = insights("from", "2025-02-01", "to", "2025-02-28");
        assertThat(february.get("totalRejections").asLong()).isZero();
        assertThat(february.get("byMonth").size()).isZero();
        assertThat(february.get("medianDaysToReflection").isNull()).isTrue();
    }

    @Test
    void repeatCompaniesIgnoreCaseAndShowTheMostRecentSpelling() {
        create(owner, record("Ñandú Labs", "2025-05-01", "INTERVIEW", null, "EMAIL"));
        create(owner, record("ÑANDÚ LABS", "2025-05-20", "INTERVIEW", null, "EMAIL"));
        create(owner, record("ñandú labs", "2025-05-10", "INTERVIEW", null, "EMAIL"));
        // Same day: the one entered later is the more recent spelling.
        create(owner, record("Zeta", "2024-08-31", "APPLIED", null, "EMAIL"));
        create(owner, record("zeta", "2024-08-31", "APPLIED", null, "EMAIL"));
        create(owner, record("Solo Inc", "2025-05-02", "APPLIED", null, "EMAIL"));
        create(owner, record("Ñandú Labs Two", "2025-05-03", "APPLIED", null, "EMAIL"));
        create(TestTokens.newOwner(), record("solo inc", "2025-05-04", "APPLIED", null, "EMAIL"));

        JsonNode body = insights();
        assertThat(repeatCompanies(body))
                .containsExactlyInAnyOrder("ÑANDÚ LABS|3|2025-05-20|2025-11-20", "zeta|2|2024-08-31|2025-02-28");
        // From the first month to the last, across the turn of the year, gaps included.
        assertMonths(
                body.get("byMonth"),
                "2024-08",
                2,
                "2024-09",
                0,
                "2024-10",
                0,
                "2024-11",
                0,
                "2024-12",
                0,
                "2025-01",
                0,
                "2025-02",
                0,
                "2025-03",
                0,
                "2025-04",
                0,
                "2025-05",
                5);
        // Within a range, only the rejections inside it count towards a repeat.
        assertThat(repeatCompanies(insights("from", "2025-05-10")))
                .containsExactly("ÑANDÚ LABS|2|2025-05-20|2025-11-20");
        assertThat(repeatCompanies(insights("to", "2025-05-09"))).containsExactly("zeta|2|2024-08-31|2025-02-28");
    }

    @Test
    void anOwnerWithNothingGetsZerosAndNoObservations() {
        createSomeoneElsesData();
        JsonNode body = insights();
        assertThat(body.get("totalRejections").asLong()).isZero();
        assertCounts(body.get("byStage"), StageReached.class, Map.of());
        assertCounts(body.get("byReason"), RejectionReason.class, Map.of());
        assertCounts(body.get("byChannel"), NotifiedVia.class, Map.of());
        assertThat(body.get("byMonth").isObject()).isTrue();
        assertThat(body.get("byMonth").size()).isZero();
        assertThat(repeatCompanies(body)).isEmpty();
        for (String rate : List.of("thankYouSent", "feedbackRequested", "feedbackReceived", "reflected")) {
            assertRate(body.get("rates").get(rate), 0, 0, 0);
        }
        assertThat(areas(body)).isEmpty();
        assertThat(body.get("medianDaysToReflection").isNull()).isTrue();
        assertThat(body.get("observations").isArray()).isTrue();
        assertThat(body.get("observations").size()).isZero();
    }

    @Test
    void observationsNeedFiveRecordsAndFeedbackNeedsFiveRequests() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String id = create(owner, record("Company " + i, "2025-06-0" + i, "INTERVIEW", "NOT_GIVEN", "EMAIL"));
            done(owner, id, "REQUEST_FEEDBACK");
            ids.add(id);
        }
        JsonNode four = insights();
        assertThat(four.get("totalRejections").asLong()).isEqualTo(4);
        assertRate(four.get("rates").get("feedbackRequested"), 1.0, 4, 4);
        assertThat(texts(four.get("observations"))).isEmpty();

        String fifth = create(owner, record("Company 5", "2025-06-05", "INTERVIEW", "NOT_GIVEN", "EMAIL"));
        done(owner, fifth, "REQUEST_FEEDBACK");
        ids.add(fifth);
        assertThat(texts(insights().get("observations")))
                .containsExactly(
                        "Most of your rejections (5 of 5) came at the interview stage, so that is where practice will pay off "
                                + "most.",
                        "None of your 5 feedback requests has been answered yet; many employers never reply, and that says "
                                + "nothing about you.",
                        "You sent a thank-you note after 0 of 5 rejections; a two-minute note keeps more doors open.");

        feedback(owner, ids.get(0), "Solid, but not senior enough yet.");
        JsonNode oneAnswered = insights();
        assertRate(oneAnswered.get("rates").get("feedbackReceived"), 0.2, 1, 5);
        assertThat(texts(oneAnswered.get("observations")))
                .element(1)
                .isEqualTo("Feedback came back for about 1 in 5 of your requests (1 of 5); asking is still worth it.");

        // Two ghostings would make a fourth sentence; only three are said, in their fixed order.
        for (String date : List.of("2025-06-10", "2025-06-11")) {
            create(owner, record("Silent Co", date, "APPLIED", "NOT_GIVEN", "NO_RESPONSE"));
        }
        JsonNode seven = insights();
        assertThat(seven.get("byChannel").get("NO_RESPONSE").asLong()).isEqualTo(2);
        assertThat(texts(seven.get("observations")))
                .containsExactly(
                        "Most of your rejections (5 of 7) came at the interview stage, so that is where practice will pay off "
                                + "most.",
                        "Feedback came back for about 1 in 5 of your requests (1 of 5); asking is still worth it.",
                        "You sent a thank-you note after 0 of 7 rejections; a two-minute note keeps more doors open.");
        assertThat(insights(Api.as(owner).header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"), "es")
                        .get("observations")
                        .get(1)
                        .asText())
                .isEqualTo(
                        "Recibiste comentarios en aproximadamente 1 de cada 5 solicitudes (1 de 5); vale la pena seguir "
                                + "pidiéndolos.");
    }

    @Test
    void answersInTheLanguageAskedFor() {
        insights(Api.as(owner), "en");
        insights(Api.as(owner).queryParam("locale", "es-MX"), "es");
        insights(Api.as(owner).header("Accept-Language", "es"), "es");
        insights(Api.as(owner).header("Accept-Language", "it, es;q=0.8"), "es");
        insights(Api.as(owner).header("Accept-Language", "it"), "en");
        insights(Api.as(owner).header("Accept-Language", "pt-PT"), "pt");
        insights(Api.as(owner).queryParam("locale", "de-AT"), "de");
        insights(Api.as(owner).queryParam("locale", "fr-CA"), "fr");
        // The parameter wins over the header.
        insights(Api.as(owner).queryParam("locale", "en").header("Accept-Language", "es"), "en");
    }

    @Test
    void rejectsBadParametersNamingEachOne() {
        for (String[] bad : new String[][] {
            {"from", "2025-13-01"},
            {"from", "yesterday"},
            {"to", "2025-2-1"},
            {"to", "+99999-01-01"},
            {"locale", "xx"},
            {"locale", "not a tag"}
        }) {
            Api.as(owner)
                    .queryParam(bad[0], bad[1])
                    .when()
                    .get("/v1/insights")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of(bad[0])));
        }
        Api.as(owner)
                .queryParam("from", "2025-03-02")
                .queryParam("to", "2025-03-01")
                .when()
                .get("/v1/insights")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("from")));
        Api.as(owner)
                .queryParam("from", "soon")
                .queryParam("locale", "xx")
                .when()
                .get("/v1/insights")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("from", "locale"));
        // The same day at both ends is a valid one-day range.
        assertThat(insights("from", "2025-03-01", "to", "2025-03-01")
                        .get("totalRejections")
                        .asLong())
                .isZero();
    }

    @Test
    void needsAToken() {
        Api.anonymous().when().get("/v1/insights").then().statusCode(401);
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** Every constant of the enum is a key; those not named in {@code nonZero} count 0. */
    private static <E extends Enum<E>> void assertCounts(JsonNode counts, Class<E> type, Map<String, Long> nonZero) {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            expected.put(value.name(), nonZero.getOrDefault(value.name(), 0L));
        }
        assertThat(nonZero.keySet()).isSubsetOf(expected.keySet());
        Map<String, Long> actual = new LinkedHashMap<>();
        counts.fields()
                .forEachRemaining(
                        field -> actual.put(field.getKey(), field.getValue().asLong()));
        assertThat(actual).isEqualTo(expected);
    }

    /** byMonth as month, count pairs, in this order. */
    private static void assertMonths(JsonNode byMonth, Object... monthsAndCounts) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < monthsAndCounts.length; i += 2) {
            expected.add(monthsAndCounts[i] + "=" + monthsAndCounts[i + 1]);
        }
        List<String> actual = new ArrayList<>();
        byMonth.fields()
                .forEachRemaining(field ->
                        actual.add(field.getKey() + "=" + field.getValue().asLong()));
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static List<String> repeatCompanies(JsonNode body) {
        return StreamSupport.stream(body.get("repeatCompanies").spliterator(), false)
                .map(c -> c.get("company").asText() + "|" + c.get("count").asLong() + "|"
                        + c.get("lastRejectedOn").asText() + "|"
                        + c.get("reapplyFrom").asText())
                .toList();
    }

    private static List<String> areas(JsonNode body) {
        List<String> known =
                Arrays.stream(ImprovementArea.values()).map(Enum::name).toList();
        List<String> areas = StreamSupport.stream(
                        body.get("topImprovementAreas").spliterator(), false)
                .map(a -> a.get("area").asText() + "=" + a.get("count").asLong())
                .toList();
        areas.forEach(area -> assertThat(known).contains(area.substring(0, area.indexOf('='))));
        return areas;
    }

    private static void assertRate(JsonNode rate, double value, long numerator, long denominator) {
        assertThat(rate.get("rate").isNumber()).as("rate is a number: %s", rate).isTrue();
        assertThat(rate.get("rate").asDouble()).as("rate of %s", rate).isEqualTo(value);
        assertThat(rate.get("numerator").asLong()).as("numerator of %s", rate).isEqualTo(numerator);
        assertThat(rate.get("denominator").asLong())
                .as("denominator of %s", rate)
                .isEqualTo(denominator);
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).isTrue();
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
