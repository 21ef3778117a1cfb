package dev.rebound.reminder;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/reminders: the owner's open plan steps (PENDING at their due date, SNOOZED ones once their snooze
 * has come, at its end) needing attention strictly before dueBefore, soonest first. Expected lists come from a small model of the plan
 * rules written here, independently of the service's own code.
 */
@QuarkusTest
class ReminderApiTest {

    /** The plan's canonical order, which breaks ties between steps of one record due the same day. */
    static final List<String> CANONICAL = List.of(
            "SEND_THANK_YOU", "REQUEST_FEEDBACK", "REFLECT", "CONNECT", "CHECK_NEW_OPENINGS", "REAPPLY_WINDOW_OPENS");

    @Inject
    DataSource dataSource;

    private final String owner = TestTokens.newOwner();
    private final LocalDate today = Samples.todayUtc();
    /** The owner's open steps as the tests expect them, by "rejectionId/ACTION". */
    private final Map<String, Step> model = new LinkedHashMap<>();
    /** Every step of the owner's plans as created (all PENDING), by "rejectionId/ACTION". */
    private final Map<String, Step> plan = new LinkedHashMap<>();

    private String longAgo;
    private String monthAgo;
    private String yesterday;
    private String ghosted;

    /** An open step as the reminders list shows it. */
    record Step(
            String id,
            String company,
            String role,
            String action,
            LocalDate due,
            String status,
            LocalDate snoozedUntil) {

        LocalDate remindOn() {
            return snoozedUntil != null ? snoozedUntil : due;
        }

        String key() {
            return id + "/" + action;
        }

        String describe() {
            return key() + "@" + remindOn();
        }
    }

    @BeforeEach
    void createRecords() {
        longAgo = create(owner, "Nordlicht Analytics", "Senior Data Engineer", today.minusDays(200), true);
        monthAgo = create(owner, "ACME Corp", "Backend Developer", today.minusDays(30), true);
        yesterday = create(owner, "Umbra Labs", "Platform Engineer", today.minusDays(1), true);
        Map<String, Object> noAnswer = Samples.minimal();
        noAnswer.put("company", "Silent Systems");
        noAnswer.put("role", "SRE");
        noAnswer.put("notifiedVia", "NO_RESPONSE");
        noAnswer.put("rejectedOn", today.minusDays(30).toString());
        ghosted = create(owner, noAnswer);
        addToModel(ghosted, "Silent Systems", "SRE", today.minusDays(30), false);
    }

    // --- the stored plan's dates -------------------------------------------------------------------------

    @Test
    void dueDatesSkipWeekendsForThankYouConnectAndFeedback() {
        String fresh = TestTokens.newOwner();
        // 2026-01-08 is a Thursday, 2026-01-09 a Friday, 2026-01-10 a Saturday, 2026-01-11 a Sunday.
        String thursday = create(fresh, "Thu Co", "Dev", LocalDate.parse("2026-01-08"), false);
        String friday = create(fresh, "Fri Co", "Dev", LocalDate.parse("2026-01-09"), false);
        String saturday = create(fresh, "Sat Co", "Dev", LocalDate.parse("2026-01-10"), false);
        String sunday = create(fresh, "Sun Co", "Dev", LocalDate.parse("2026-01-11"), false);

        List<String> early = describe(
                reminders(fresh, "dueBefore", "2026-01-14", "size", 100).statusCode(200));
        List<String> expected =
                new ArrayList<>(List.of(thursday + "/SEND_THANK_YOU@2026-01-09", thursday + "/CONNECT@2026-01-09"));
        // Thursday's feedback, and everything of the weekend's and Friday's records, lands on Mon 12 and Tue 13.
        List<String> monday = new ArrayList<>();
        monday.add(thursday + "/REQUEST_FEEDBACK@2026-01-12");
        for (String id : List.of(friday, saturday, sunday)) {
            monday.add(id + "/SEND_THANK_YOU@2026-01-12");
            monday.add(id + "/CONNECT@2026-01-12");
        }
        monday.sort(byIdThenCanonical());
        expected.addAll(monday);
        List<String> tuesday = new ArrayList<>();
        for (String id : List.of(friday, saturday, sunday)) {
            tuesday.add(id + "/REQUEST_FEEDBACK@2026-01-13");
        }
        tuesday.sort(byIdThenCanonical());
        expected.addAll(tuesday);
        assertEquals(expected, early);

        // REFLECT is a week after the rejection, whatever the weekday; openings after 3 months, reapply after 6.
        List<String> reflect = describe(reminders(fresh, "dueBefore", "2026-01-19", "size", 100, "page", 0)).stream()
                .filter(s -> s.contains("/REFLECT@"))
                .toList();
        assertEquals(
                List.of(
                        thursday + "/REFLECT@2026-01-15",
                        friday + "/REFLECT@2026-01-16",
                        saturday + "/REFLECT@2026-01-17",
                        sunday + "/REFLECT@2026-01-18"),
                reflect);
        List<String> later = describe(reminders(fresh, "dueBefore", "2026-07-12", "size", 100)).stream()
                .filter(s -> s.contains("/CHECK_NEW_OPENINGS@") || s.contains("/REAPPLY_WINDOW_OPENS@"))
                .toList();
        assertEquals(
                List.of(
                        thursday + "/CHECK_NEW_OPENINGS@2026-04-08", friday + "/CHECK_NEW_OPENINGS@2026-04-09",
                        saturday + "/CHECK_NEW_OPENINGS@2026-04-10", sunday + "/CHECK_NEW_OPENINGS@2026-04-11",
                        thursday + "/REAPPLY_WINDOW_OPENS@2026-07-08", friday + "/REAPPLY_WINDOW_OPENS@2026-07-09",
                        saturday + "/REAPPLY_WINDOW_OPENS@2026-07-10", sunday + "/REAPPLY_WINDOW_OPENS@2026-07-11"),
                later);
    }

    @Test
    void monthsAheadClampToTheEndOfShorterMonths() {
        String fresh = TestTokens.newOwner();
        // A Sunday, the last day of August: three months on is 30 November, six months on is 28 February.
        String id = create(fresh, "Month End GmbH", "Analyst", LocalDate.parse("2025-08-31"), false);
        assertEquals(
                List.of(
                        id + "/SEND_THANK_YOU@2025-09-01",
                        id + "/CONNECT@2025-09-01",
                        id + "/REQUEST_FEEDBACK@2025-09-02",
                        id + "/REFLECT@2025-09-07",
                        id + "/CHECK_NEW_OPENINGS@2025-11-30",
                        id + "/REAPPLY_WINDOW_OPENS@2026-02-28"),
                describe(reminders(fresh, "dueBefore", "2026-03-01")));
    }

    @Test
    void feedbackStepOnlyWhenAskingForFeedbackFits() {
        String fresh = TestTokens.newOwner();
        LocalDate on = LocalDate.parse("2026-02-02"); // a Monday
        Map<String, Object> ghostedBody = withDate(Samples.minimal(), on);
        ghostedBody.put("notifiedVia", "NO_RESPONSE");
        String ghostedId = create(fresh, ghostedBody);

        Map<String, Object> appliedOnly = withDate(Samples.minimal(), on);
        appliedOnly.put("stageReached", "APPLIED");
        String appliedId = create(fresh, appliedOnly);

        Map<String, Object> appliedWithContact = withDate(Samples.minimal(), on);
        appliedWithContact.put("stageReached", "APPLIED");
        appliedWithContact.put("contact", Map.of("email", "recruiter@example.com"));
        String contactId = create(fresh, appliedWithContact);

        Map<String, Object> screened = withDate(Samples.minimal(), on);
        screened.put("stageReached", "SCREENING");
        String screenedId = create(fresh, screened);

        List<String> feedback = describe(reminders(fresh, "dueBefore", "2026-02-10", "size", 100)).stream()
                .filter(s -> s.contains("/REQUEST_FEEDBACK@"))
                .toList();
        List<String> expected = new ArrayList<>(
                List.of(contactId + "/REQUEST_FEEDBACK@2026-02-04", screenedId + "/REQUEST_FEEDBACK@2026-02-04"));
        expected.sort(byIdThenCanonical());
        assertEquals(expected, feedback);
        // The records without a feedback step still have their other steps.
        List<String> all = describe(reminders(fresh, "dueBefore", "2026-02-10", "size", 100));
        assertTrue(all.contains(ghostedId + "/SEND_THANK_YOU@2026-02-03"), all.toString());
        assertTrue(all.contains(appliedId + "/REFLECT@2026-02-09"), all.toString());
        // ... and PATCHing the step that is not in their plan is a 404.
        patchStep(fresh, ghostedId, "REQUEST_FEEDBACK", Map.of("status", "DONE"))
                .statusCode(404);
        patchStep(fresh, appliedId, "REQUEST_FEEDBACK", Map.of("status", "DONE"))
                .statusCode(404);
    }

    // --- the window --------------------------------------------------------------------------------------

    @Test
    void listsExactlyTheOpenStepsDueStrictlyBeforeDueBeforeSoonestFirst() {
        for (LocalDate dueBefore : List.of(
                today.minusDays(300),
                today.minusDays(150),
                today.minusDays(20),
                today,
                today.plusDays(1),
                today.plusDays(7),
                today.plusDays(45),
                today.plusDays(100),
                today.plusDays(400))) {
            assertEquals(
                    expected(dueBefore),
                    describe(reminders(owner, "dueBefore", dueBefore, "size", 100)
                            .statusCode(200)
                            .body("totalItems", equalTo(expected(dueBefore).size()))),
                    "dueBefore=" + dueBefore);
        }
        // Nothing before the first step; everything open a year and a half on.
        assertEquals(List.of(), expected(today.minusDays(300)));
        assertEquals(model.size(), expected(today.plusDays(400)).size());
        assertEquals(6 + 6 + 6 + 5, model.size());
    }

    @Test
    void longAgoRecordsEarlyStepsComeFirstInCanonicalOrderForTies() {
        // 150 days ago only the first four steps of the 200-day-old record are due: thank-you and connect on
        // the same day (canonical order), then feedback, then reflection.
        reminders(owner, "dueBefore", today.minusDays(150))
                .statusCode(200)
                .body("items.id", equalTo(List.of(longAgo, longAgo, longAgo, longAgo)))
                .body("items.action", equalTo(List.of("SEND_THANK_YOU", "CONNECT", "REQUEST_FEEDBACK", "REFLECT")))
                .body(
                        "items[2].due",
                        equalTo(nextBusinessDay(nextBusinessDay(today.minusDays(200)))
                                .toString()))
                .body("items[3].due", equalTo(today.minusDays(193).toString()));
    }

    @Test
    void aStepDueExactlyOnDueBeforeIsNotListedButIsTheDayAfter() {
        for (Step step : List.of(
                model.get(monthAgo + "/REAPPLY_WINDOW_OPENS"),
                model.get(yesterday + "/REFLECT"),
                model.get(longAgo + "/REAPPLY_WINDOW_OPENS"),
                model.get(ghosted + "/CHECK_NEW_OPENINGS"))) {
            List<String> on = describe(reminders(owner, "dueBefore", step.due(), "size", 100));
            List<String> after =
                    describe(reminders(owner, "dueBefore", step.due().plusDays(1), "size", 100));
            assertFalse(on.contains(step.describe()), step.describe() + " listed with dueBefore=its due date");
            assertTrue(after.contains(step.describe()), step.describe() + " not listed a day later");
            assertEquals(expected(step.due()), on);
            assertEquals(expected(step.due().plusDays(1)), after);
        }
    }

    @Test
    void itemsCarryTheRecordAndTheStep() {
        Step reflect = model.get(yesterday + "/REFLECT");
        var response = reminders(owner, "dueBefore", reflect.due().plusDays(1), "size", 100)
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = response.getList("items");
        Map<String, Object> item = items.stream()
                .filter(i -> yesterday.equals(i.get("id")) && "REFLECT".equals(i.get("action")))
                .findFirst()
                .orElseThrow();
        assertEquals("Umbra Labs", item.get("company"));
        assertEquals("Platform Engineer", item.get("role"));
        assertEquals(today.plusDays(6).toString(), item.get("due"));
        assertEquals("PENDING", item.get("status"));
        assertTrue(item.containsKey("snoozedUntil"), "snoozedUntil is present, as null: " + item);
        assertEquals(null, item.get("snoozedUntil"));
        assertEquals(today.plusDays(6).toString(), item.get("remindOn"));
        assertEquals(0, response.getInt("page"));
        assertEquals(100, response.getInt("size"));
        assertEquals(1, response.getInt("totalPages"));
    }

    @Test
    void defaultWindowIsTheNextSevenDaysAndDefaultPageSizeTwenty() {
        // A record rejected today: its reflection is due exactly 7 days on, just outside the default window.
        String rejectedToday = create(owner, "Today Inc", "Dev", today, true);
        assertEquals(today.plusDays(7), model.get(rejectedToday + "/REFLECT").due());
        List<String> explicit = describe(reminders(owner, "dueBefore", today.plusDays(7), "size", 100));
        assertEquals(expected(today.plusDays(7)), explicit);
        reminders(owner)
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(explicit.size()));
        assertEquals(explicit.stream().limit(20).toList(), describe(reminders(owner)));
        assertFalse(describe(reminders(owner, "size", 100)).contains(rejectedToday + "/REFLECT@" + today.plusDays(7)));
        assertTrue(describe(reminders(owner, "dueBefore", today.plusDays(8), "size", 100))
                .contains(rejectedToday + "/REFLECT@" + today.plusDays(7)));
        // Empty parameters count as absent.
        assertEquals(
                explicit.stream().limit(20).toList(),
                describe(reminders(owner, "dueBefore", "", "page", "", "size", "")));
    }

    /**
     * The default window ends 7 days after today in the token's time zone. At any instant at least one of these
     * two zones is on a different date from UTC (Kiritimati is 14 hours ahead, Pago Pago 11 hours behind), so a
     * default computed in UTC fails one of them.
     */
    @Test
    void defaultWindowFollowsTheTokensTimeZone() {
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            String zoned = TestTokens.newOwner();
            String token = TestTokens.claimsFor(zoned).claim("zoneinfo", zone).sign(TestTokens.privateKey());
            LocalDate zoneToday = LocalDate.now(ZoneId.of(zone));
            // REFLECT of the first is due on zone-today + 6 (inside), of the second on zone-today + 7 (outside).
            String inside = createWithToken(token, withDate(Samples.minimal(), zoneToday.minusDays(1)));
            String outside = createWithToken(token, withDate(Samples.minimal(), zoneToday));
            List<String> listed = describe(Api.withToken(token)
                    .queryParam("size", 100)
                    .when()
                    .get("/v1/reminders")
                    .then()
                    .statusCode(200));
            assertTrue(listed.contains(inside + "/REFLECT@" + zoneToday.plusDays(6)), zone + ": " + listed);
            assertFalse(listed.stream().anyMatch(s -> s.startsWith(outside + "/REFLECT@")), zone + ": " + listed);
        }
    }

    // --- step changes ------------------------------------------------------------------------------------

    @Test
    void doneAndSkippedStepsNeverAppear() {
        patchStep(
                        owner,
                        longAgo,
                        "SEND_THANK_YOU",
                        Map.of("status", "DONE", "doneOn", today.minusDays(199).toString()))
                .statusCode(200)
                .body("status", equalTo("DONE"));
        patchStep(owner, longAgo, "CONNECT", Map.of("status", "SKIPPED")).statusCode(200);
        patchStep(owner, monthAgo, "REAPPLY_WINDOW_OPENS", Map.of("status", "SKIPPED"))
                .statusCode(200);
        patchStep(owner, yesterday, "REFLECT", Map.of("status", "DONE")).statusCode(200);
        model.remove(longAgo + "/SEND_THANK_YOU");
        model.remove(longAgo + "/CONNECT");
        model.remove(monthAgo + "/REAPPLY_WINDOW_OPENS");
        model.remove(yesterday + "/REFLECT");

        for (LocalDate dueBefore : List.of(today.minusDays(150), today.plusDays(7), today.plusDays(400))) {
            List<String> listed = describe(reminders(owner, "dueBefore", dueBefore, "size", 100));
            assertEquals(expected(dueBefore), listed, "dueBefore=" + dueBefore);
            assertFalse(listed.stream().anyMatch(s -> s.startsWith(longAgo + "/SEND_THANK_YOU@")));
            assertFalse(listed.stream().anyMatch(s -> s.startsWith(longAgo + "/CONNECT@")));
        }
        reminders(owner, "dueBefore", today.plusDays(400), "size", 100)
                .body("items.status", not(hasItem("DONE")))
                .body("items.status", not(hasItem("SKIPPED")));

        // Back to PENDING, a done step is listed at its due date again.
        patchStep(owner, longAgo, "SEND_THANK_YOU", Map.of("status", "PENDING")).statusCode(200);
        restore(longAgo, "SEND_THANK_YOU");
        assertEquals(expected(today.minusDays(150)), describe(reminders(owner, "dueBefore", today.minusDays(150))));
        reminders(owner, "dueBefore", today.minusDays(150))
                .body("items.action", equalTo(List.of("SEND_THANK_YOU", "REQUEST_FEEDBACK", "REFLECT")));
    }

    @Test
    void aSnoozedStepLeavesTheRemindersUntilItsSnoozeHasComeAndReturnsWhenPendingAgain() {
        // The 200-day-old record's reflection is overdue: first in a window that starts in the past.
        Step reflect = model.get(longAgo + "/REFLECT");
        LocalDate until = today.plusDays(10);
        patchStep(owner, longAgo, "REFLECT", Map.of("status", "SNOOZED", "snoozedUntil", until.toString()))
                .statusCode(200)
                .body("status", equalTo("SNOOZED"))
                .body("snoozedUntil", equalTo(until.toString()))
                .body("due", equalTo(reflect.due().toString()));
        model.put(
                reflect.key(),
                new Step(reflect.id(), reflect.company(), reflect.role(), "REFLECT", reflect.due(), "SNOOZED", until));

        // Gone from every window while the snooze lasts, even those reaching past its end.
        for (LocalDate dueBefore :
                List.of(today.minusDays(150), today, today.plusDays(7), until.plusDays(1), today.plusDays(400))) {
            List<String> listed = describe(reminders(owner, "dueBefore", dueBefore, "size", 100));
            assertEquals(expected(dueBefore), listed, "dueBefore=" + dueBefore);
            assertFalse(listed.stream().anyMatch(s -> s.startsWith(longAgo + "/REFLECT@")), "dueBefore=" + dueBefore);
        }

        // Back to PENDING: first again, at its due date, without snoozedUntil.
        patchStep(owner, longAgo, "REFLECT", Map.of("status", "PENDING"))
                .statusCode(200)
                .body("snoozedUntil", nullValue());
        restore(longAgo, "REFLECT");
        assertEquals(expected(today.minusDays(150)), describe(reminders(owner, "dueBefore", today.minusDays(150))));
        reminders(owner, "dueBefore", today.minusDays(150))
                .body("items.action", equalTo(List.of("SEND_THANK_YOU", "CONNECT", "REQUEST_FEEDBACK", "REFLECT")))
                .body("items[3].status", equalTo("PENDING"))
                .body("items[3].snoozedUntil", nullValue())
                .body("items[3].remindOn", equalTo(reflect.due().toString()));
    }

    @Test
    void aSnoozeThatHasComeListsTheStepAtItsSnoozeEnd() throws Exception {
        // Snoozes end after today when set; time passing is simulated by moving the stored end into the past.
        Step openings = model.get(monthAgo + "/CHECK_NEW_OPENINGS");
        patchStep(
                        owner,
                        monthAgo,
                        "CHECK_NEW_OPENINGS",
                        Map.of(
                                "status",
                                "SNOOZED",
                                "snoozedUntil",
                                today.plusDays(2).toString()))
                .statusCode(200);
        assertFalse(describe(reminders(owner, "size", 100)).stream().anyMatch(s -> s.startsWith(openings.key() + "@")));

        LocalDate woke = today.minusDays(1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE plan_step SET snoozed_until = ? WHERE rejection_id = ?::uuid AND action = ?")) {
            update.setObject(1, woke);
            update.setString(2, monthAgo);
            update.setString(3, "CHECK_NEW_OPENINGS");
            assertEquals(1, update.executeUpdate());
        }
        Step snoozed = new Step(
                openings.id(), openings.company(), openings.role(), openings.action(), openings.due(), "SNOOZED", woke);
        model.put(openings.key(), snoozed);
        List<String> week = describe(reminders(owner, "size", 100));
        assertTrue(week.contains(snoozed.describe()), week.toString());
        assertEquals(expected(today.plusDays(7)), week);
        // Listed once, at its snooze's end, also in windows that reach past its due date; not before it woke.
        List<String> all = describe(reminders(owner, "dueBefore", today.plusDays(400), "size", 100));
        assertEquals(expected(today.plusDays(400)), all);
        assertEquals(
                1, all.stream().filter(s -> s.startsWith(openings.key() + "@")).count());
        assertFalse(describe(reminders(owner, "dueBefore", woke, "size", 100)).contains(snoozed.describe()));
        var item = reminders(owner, "size", 100).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(i -> monthAgo.equals(i.get("id")) && "CHECK_NEW_OPENINGS".equals(i.get("action")))
                .findFirst()
                .orElseThrow();
        assertEquals("SNOOZED", item.get("status"));
        assertEquals(openings.due().toString(), item.get("due"));
        assertEquals(woke.toString(), item.get("snoozedUntil"));
        assertEquals(woke.toString(), item.get("remindOn"));
    }

    @Test
    void movingTheRejectionDateMovesThePendingSteps() {
        // Yesterday's record moves back a week: its pending steps follow, a done step stays done.
        patchStep(owner, yesterday, "SEND_THANK_YOU", Map.of("status", "DONE")).statusCode(200);
        Api.as(owner)
                .contentType("application/merge-patch+json")
                .body(Map.of("rejectedOn", today.minusDays(8).toString()))
                .when()
                .patch("/v1/rejections/" + yesterday)
                .then()
                .statusCode(200);
        model.values().removeIf(step -> step.id().equals(yesterday));
        addToModel(yesterday, "Umbra Labs", "Platform Engineer", today.minusDays(8), true);
        model.remove(yesterday + "/SEND_THANK_YOU");
        for (LocalDate dueBefore : List.of(today, today.plusDays(7), today.plusDays(400))) {
            assertEquals(
                    expected(dueBefore),
                    describe(reminders(owner, "dueBefore", dueBefore, "size", 100)),
                    "dueBefore=" + dueBefore);
        }
    }

    @Test
    void snoozeMustEndAfterToday() {
        patchStep(owner, monthAgo, "REFLECT", Map.of("status", "SNOOZED", "snoozedUntil", today.toString()))
                .statusCode(400)
                .body("errors.field", hasItem("snoozedUntil"));
        patchStep(owner, monthAgo, "REFLECT", Map.of("status", "SNOOZED"))
                .statusCode(400)
                .body("errors.field", hasItem("snoozedUntil"));
        // Refused changes leave the reminders as they were.
        assertEquals(
                expected(today.plusDays(400)),
                describe(reminders(owner, "dueBefore", today.plusDays(400), "size", 100)));
    }

    // --- paging ------------------------------------------------------------------------------------------

    @Test
    void pagesThroughTheWholeListWithoutGapsOrRepeats() {
        LocalDate dueBefore = today.plusDays(400);
        List<String> all = expected(dueBefore);
        assertEquals(23, all.size());
        int size = 4;
        List<String> collected = new ArrayList<>();
        for (int page = 0; page < 6; page++) {
            List<String> items = describe(reminders(owner, "dueBefore", dueBefore, "size", size, "page", page)
                    .statusCode(200)
                    .body("page", equalTo(page))
                    .body("size", equalTo(size))
                    .body("totalItems", equalTo(23))
                    .body("totalPages", equalTo(6)));
            assertEquals(page < 5 ? size : 3, items.size(), "page " + page);
            collected.addAll(items);
        }
        assertEquals(all, collected);
        reminders(owner, "dueBefore", dueBefore, "size", size, "page", 6)
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("totalItems", equalTo(23))
                .body("totalPages", equalTo(6));
        reminders(owner, "dueBefore", dueBefore, "size", 23).statusCode(200).body("totalPages", equalTo(1));
        reminders(owner, "dueBefore", dueBefore, "size", 22).statusCode(200).body("totalPages", equalTo(2));
        reminders(owner, "dueBefore", dueBefore, "size", 100, "page", 2147483647)
                .statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void anEmptyListHasNoPages() {
        reminders(TestTokens.newOwner())
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0));
        reminders(owner, "dueBefore", today.minusDays(300))
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("totalItems", equalTo(0));
    }

    // --- isolation, errors -------------------------------------------------------------------------------

    @Test
    void anotherOwnersStepsNeverAppear() {
        String other = TestTokens.newOwner();
        String theirs = create(other, "Nordlicht Analytics", "Senior Data Engineer", today.minusDays(200), false);
        create(other, "ACME Corp", "Backend Developer", today.minusDays(1), false);
        patchStep(
                        other,
                        theirs,
                        "REFLECT",
                        Map.of(
                                "status",
                                "SNOOZED",
                                "snoozedUntil",
                                today.plusDays(2).toString()))
                .statusCode(200);
        for (LocalDate dueBefore : List.of(today.minusDays(150), today.plusDays(7), today.plusDays(400))) {
            assertEquals(expected(dueBefore), describe(reminders(owner, "dueBefore", dueBefore, "size", 100)));
        }
        reminders(other, "dueBefore", today.plusDays(400), "size", 100)
                .statusCode(200)
                .body("totalItems", equalTo(11)) // 12 steps, one of them still snoozed
                .body("items.id", not(hasItem(longAgo)))
                .body("items.id", not(hasItem(monthAgo)))
                .body("items.id", not(hasItem(yesterday)))
                .body("items.id", not(hasItem(ghosted)));
        // Nor can the other owner change my steps.
        patchStep(other, longAgo, "REFLECT", Map.of("status", "SKIPPED")).statusCode(404);
        assertEquals(
                expected(today.plusDays(400)),
                describe(reminders(owner, "dueBefore", today.plusDays(400), "size", 100)));
    }

    @Test
    void deletedRecordsTakeTheirStepsAlong() {
        Api.as(owner).when().delete("/v1/rejections/" + monthAgo).then().statusCode(204);
        model.values().removeIf(step -> step.id().equals(monthAgo));
        assertEquals(
                expected(today.plusDays(400)),
                describe(reminders(owner, "dueBefore", today.plusDays(400), "size", 100)));
    }

    @Test
    void rejectsBadParametersNamingEachOne() {
        for (Object[] bad : new Object[][] {
            {"dueBefore", "2026-13-01"},
            {"dueBefore", "2026-02-30"},
            {"dueBefore", "tomorrow"},
            {"dueBefore", "2026-1-5"},
            {"dueBefore", "+12026-01-01"},
            {"dueBefore", "2026-01-01T00:00:00Z"},
            {"page", "-1"},
            {"page", "x"},
            {"page", "2147483648"},
            {"page", "1.5"},
            {"size", "0"},
            {"size", "101"},
            {"size", "ten"},
            {"size", "-5"}
        }) {
            reminders(owner, bad[0], bad[1])
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors.field", equalTo(List.of(bad[0])));
        }
        reminders(owner, "dueBefore", "soon", "page", "-1", "size", "500")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("dueBefore", "page", "size"));
    }

    @Test
    void requiresAToken() {
        Api.anonymous().when().get("/v1/reminders").then().statusCode(401);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private String create(String who, String company, String role, LocalDate rejectedOn, boolean track) {
        Map<String, Object> body = withDate(Samples.minimal(), rejectedOn);
        body.put("company", company);
        body.put("role", role);
        String id = create(who, body);
        if (track) {
            addToModel(id, company, role, rejectedOn, true);
        }
        return id;
    }

    static String create(String who, Map<String, Object> body) {
        return createWithToken(TestTokens.tokenFor(who), body);
    }

    static String createWithToken(String token, Map<String, Object> body) {
        return Api.withToken(token)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> withDate(Map<String, Object> body, LocalDate rejectedOn) {
        body.put("rejectedOn", rejectedOn.toString());
        return body;
    }

    static ValidatableResponse patchStep(String who, String id, String action, Map<String, Object> body) {
        return Api.as(who)
                .contentType("application/json")
                .body(body)
                .when()
                .patch("/v1/rejections/" + id + "/plan/" + action)
                .then();
    }

    static ValidatableResponse reminders(String who, Object... parameters) {
        RequestSpecification request = Api.as(who);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1].toString());
        }
        return request.when().get("/v1/reminders").then();
    }

    /** The listed items as "rejectionId/ACTION@remindOn", in the order given. */
    static List<String> describe(ValidatableResponse response) {
        List<Map<String, Object>> items =
                response.statusCode(200).extract().jsonPath().getList("items");
        return items.stream()
                .map(item -> {
                    Object remindOn = item.get("remindOn");
                    Object expectedRemindOn = Objects.requireNonNullElse(item.get("snoozedUntil"), item.get("due"));
                    assertEquals(expectedRemindOn, remindOn, "remindOn of " + item);
                    return item.get("id") + "/" + item.get("action") + "@" + remindOn;
                })
                .toList();
    }

    private void addToModel(String id, String company, String role, LocalDate rejectedOn, boolean feedback) {
        Map<String, LocalDate> due = new HashMap<>();
        due.put("SEND_THANK_YOU", nextBusinessDay(rejectedOn));
        if (feedback) {
            due.put("REQUEST_FEEDBACK", nextBusinessDay(nextBusinessDay(rejectedOn)));
        }
        due.put("REFLECT", rejectedOn.plusDays(7));
        due.put("CONNECT", nextBusinessDay(rejectedOn));
        due.put("CHECK_NEW_OPENINGS", rejectedOn.plusMonths(3));
        due.put("REAPPLY_WINDOW_OPENS", rejectedOn.plusMonths(6));
        for (String action : CANONICAL) {
            if (due.containsKey(action)) {
                Step step = new Step(id, company, role, action, due.get(action), "PENDING", null);
                model.put(step.key(), step);
                plan.put(step.key(), step);
            }
        }
    }

    /** Puts one step of a modelled record back, as PENDING at its due date. */
    private void restore(String id, String action) {
        Step step = plan.get(id + "/" + action);
        model.put(step.key(), step);
    }

    /** The open steps the model says are listed for dueBefore, in the list's order. */
    private List<String> expected(LocalDate dueBefore) {
        return model.values().stream()
                .filter(step -> step.remindOn().isBefore(dueBefore))
                // A snoozed step is listed only once its snooze has come.
                .filter(step ->
                        step.snoozedUntil() == null || !step.snoozedUntil().isAfter(today))
                .sorted(Comparator.comparing(Step::remindOn)
                        .thenComparing(Step::id) // lower-case hex: string order is PostgreSQL's uuid order
                        .thenComparing(step -> CANONICAL.indexOf(step.action())))
                .map(Step::describe)
                .toList();
    }

    /** Orders "id/ACTION@date" strings of one day by rejection id, then canonical order. */
    static Comparator<String> byIdThenCanonical() {
        return Comparator.<String, String>comparing(s -> s.substring(0, s.indexOf('/')))
                .thenComparing(s -> CANONICAL.indexOf(s.substring(s.indexOf('/') + 1, s.indexOf('@'))));
    }

    static LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
