package dev.rebound.reminder;

import static dev.rebound.reminder.ReminderApiTest.create;
import static dev.rebound.reminder.ReminderApiTest.patchStep;
import static dev.rebound.reminder.ReminderApiTest.withDate;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calendar feed: creating, describing, rotating and revoking its secret address (/v1/calendar-feed), and the
 * iCalendar document served at that address (/feeds/{token}.ics), parsed with ical4j.
 */
@QuarkusTest
class CalendarFeedTest {

    private static final String URL_SHAPE = "http://localhost:8080/feeds/[A-Za-z0-9_-]{43}\\.ics";

    @Inject
    DataSource dataSource;

    private final String owner = TestTokens.newOwner();
    private String thursday;
    private String ghostedFriday;

    @BeforeEach
    void createRecords() {
        // 2026-01-08 is a Thursday: thank-you and connect on Fri 9, feedback on Mon 12, reflect on Thu 15.
        Map<String, Object> first = withDate(Samples.minimal(), LocalDate.parse("2026-01-08"));
        first.put("company", "Nordlicht Analytics");
        first.put("role", "Senior Data Engineer");
        thursday = create(owner, first);
        // A Friday with no answer: no feedback step; thank-you and connect on Mon 12.
        Map<String, Object> second = withDate(Samples.minimal(), LocalDate.parse("2026-01-09"));
        second.put("company", "ACME Corp");
        second.put("role", "Backend Developer");
        second.put("notifiedVia", "NO_RESPONSE");
        ghostedFriday = create(owner, second);
    }

    // --- the subscription --------------------------------------------------------------------------------

    @Test
    void aRepeatedIdempotencyKeyIsA409AndKeepsTheFeed() {
        String key = "feed-" + java.util.UUID.randomUUID();
        String createdAt = Api.as(owner)
                .header("Idempotency-Key", key)
                .when()
                .post("/v1/calendar-feed")
                .then()
                .statusCode(201)
                .body("url", matchesPattern(URL_SHAPE))
                .extract()
                .path("createdAt");

        Api.as(owner)
                .header("Idempotency-Key", key)
                .when()
                .post("/v1/calendar-feed")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rebound.dev/problems/answer-not-kept"))
                .body("detail", org.hamcrest.Matchers.not(containsString("/feeds/")));
        Api.as(owner).when().get("/v1/calendar-feed").then().body("createdAt", equalTo(createdAt));
        Api.as(owner)
                .header("Idempotency-Key", key)
                .queryParam("locale", "es")
                .when()
                .post("/v1/calendar-feed")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://rebound.dev/problems/idempotency-key-reused"));
        Api.as(owner)
                .header("Idempotency-Key", key + "-again")
                .when()
                .post("/v1/calendar-feed")
                .then()
                .statusCode(201);
    }

    @Test
    void createsAFeedAndDescribesItWithoutItsAddress() {
        Api.as(owner)
                .when()
                .get("/v1/calendar-feed")
                .then()
                .statusCode(200)
                .body("exists", equalTo(false))
                .body("createdAt", nullValue());

        Instant before = Instant.now().minusSeconds(1);
        ExtractableResponse<Response> created = Api.as(owner)
                .when()
                .post("/v1/calendar-feed")
                .then()
                .statusCode(201)
                .contentType("application/json")
                // The answer holds the secret address: nothing may keep a copy.
                .header("Cache-Control", "no-store")
                .header("Location", matchesPattern("https?://[^/]+/v1/calendar-feed"))
                .body("url", matchesPattern(URL_SHAPE))
                .body("createdAt", notNullValue())
                .extract();
        String url = created.path("url");
        Instant createdAt = Instant.parse(created.path("createdAt"));
        assertFalse(createdAt.isBefore(before), "createdAt " + createdAt + " is now");
        assertFalse(createdAt.isAfter(Instant.now().plusSeconds(1)), "createdAt " + createdAt + " is now");

        String status = Api.as(owner)
                .when()
                .get("/v1/calendar-feed")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("exists", equalTo(true))
                .extract()
                .asString();
        assertEquals(
                createdAt,
                Instant.parse(Api.as(owner)
                        .when()
                        .get("/v1/calendar-feed")
                        .then()
                        .extract()
                        .path("createdAt")));
        assertFalse(status.contains(token(url)), "the status never shows the token: " + status);
        assertFalse(status.contains("/feeds/"), "the status never shows the address: " + status);
    }

    @Test
    void storesOnlyTheSha256OfTheToken() throws Exception {
        String url = createFeed(owner);
        String token = token(url);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT token_hash, row_to_json(f)::text FROM calendar_feed f WHERE owner_id = ?")) {
            query.setString(1, owner);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "one feed row for the owner");
                assertArrayEquals(expected, row.getBytes(1));
                assertFalse(row.getString(2).contains(token), "the token itself is not stored: " + row.getString(2));
                assertFalse(row.next());
            }
        }
    }

    @Test
    void revokingMakesTheAddressUnknown() {
        String url = createFeed(owner);
        fetch(url).statusCode(200);
        Api.as(owner).when().delete("/v1/calendar-feed").then().statusCode(204);
        Api.as(owner)
                .when()
                .get("/v1/calendar-feed")
                .then()
                .statusCode(200)
                .body("exists", equalTo(false))
                .body("createdAt", nullValue());
        fetch(url).statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        Api.as(owner).when().delete("/v1/calendar-feed").then().statusCode(404).contentType("application/problem+json");
        // A feed can be made again after revoking; it has a new address.
        String again = createFeed(owner);
        assertNotEquals(url, again);
        fetch(again).statusCode(200);
        fetch(url).statusCode(404);
    }

    @Test
    void revokingWithoutAFeedIsNotFound() {
        Api.as(TestTokens.newOwner())
                .when()
                .delete("/v1/calendar-feed")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void postingAgainRotatesTheAddressAndKeepsTheEvents() {
        String first = createFeed(owner);
        Map<String, LocalDate> before = events(parse(fetchOk(first))).entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), date(e.getValue())), Map::putAll);
        String second = createFeed(owner);
        assertNotEquals(first, second);
        fetch(first).statusCode(404).contentType("application/problem+json");
        Map<String, LocalDate> after = events(parse(fetchOk(second))).entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), date(e.getValue())), Map::putAll);
        assertEquals(before, after, "UIDs and dates are the same at the new address");
        Api.as(owner).when().get("/v1/calendar-feed").then().body("exists", equalTo(true));
    }

    @Test
    void eachOwnerHasTheirOwnFeed() {
        String mine = createFeed(owner);
        String other = TestTokens.newOwner();
        Map<String, Object> theirs = withDate(Samples.minimal(), LocalDate.parse("2026-01-08"));
        theirs.put("company", "Other Person's Company");
        String theirId = create(other, theirs);
        String theirUrl = createFeed(other);
        assertNotEquals(mine, theirUrl);

        Set<String> myUids = events(parse(fetchOk(mine))).keySet();
        Set<String> theirUids = events(parse(fetchOk(theirUrl))).keySet();
        assertTrue(myUids.stream().noneMatch(uid -> uid.startsWith(theirId)), myUids.toString());
        assertTrue(theirUids.stream().allMatch(uid -> uid.startsWith(theirId + "-")), theirUids.toString());
        assertEquals(6, theirUids.size());
        assertFalse(fetchOk(mine).contains("Other Person"));
        // Rotating or revoking mine leaves theirs working.
        createFeed(owner);
        Api.as(owner).when().delete("/v1/calendar-feed").then().statusCode(204);
        fetch(theirUrl).statusCode(200);
        Api.as(other).when().get("/v1/calendar-feed").then().body("exists", equalTo(true));
    }

    @Test
    void unknownAndMalformedAddressesAreNotFound() {
        createFeed(owner);
        String never = FeedTokens.newToken();
        for (String path : List.of(
                "/feeds/" + never + ".ics",
                "/feeds/not-a-token.ics",
                "/feeds/" + never.substring(1) + ".ics",
                "/feeds/" + never + "A.ics",
                "/feeds/" + "%2B".repeat(43) + ".ics",
                "/feeds/.ics")) {
            RestAssured.given()
                    .urlEncodingEnabled(false)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        RestAssured.given().when().get("/feeds/" + never).then().statusCode(404);
        RestAssured.given().when().get("/feeds/" + never + ".ics/x").then().statusCode(404);
    }

    @Test
    void managingTheFeedNeedsAToken() {
        Api.anonymous().when().post("/v1/calendar-feed").then().statusCode(401);
        Api.anonymous().when().get("/v1/calendar-feed").then().statusCode(401);
        Api.anonymous().when().delete("/v1/calendar-feed").then().statusCode(401);
    }

    @Test
    void rejectsAnUnsupportedLocale() {
        Api.as(owner)
                .queryParam("locale", "it")
                .when()
                .post("/v1/calendar-feed")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("locale")));
        Api.as(owner).when().get("/v1/calendar-feed").then().body("exists", equalTo(false));
    }

    // --- the feed ----------------------------------------------------------------------------------------

    @Test
    void servesTheFeedWithoutAuthenticationAsPrivatelyCacheableUtf8Calendar() {
        String url = createFeed(owner);
        RestAssured.given()
                .when()
                .get(URI.create(url).getPath())
                .then()
                .statusCode(200)
                .header("Content-Type", matchesPattern("(?i)text/calendar;\\s*charset=utf-8"))
                .header("Cache-Control", "private, max-age=300");
    }

    @Test
    void hasOneAllDayEventPerOpenStepAtItsReminderDay() throws Exception {
        LocalDate today = Samples.todayUtc();
        patchStep(owner, thursday, "SEND_THANK_YOU", Map.of("status", "DONE", "doneOn", "2026-01-09"))
                .statusCode(200);
        patchStep(owner, ghostedFriday, "CONNECT", Map.of("status", "SKIPPED")).statusCode(200);
        patchStep(
                        owner,
                        thursday,
                        "REFLECT",
                        Map.of(
                                "status",
                                "SNOOZED",
                                "snoozedUntil",
                                today.plusDays(5).toString()))
                .statusCode(200);

        Map<String, LocalDate> expected = new HashMap<>();
        expected.put(thursday + "-REQUEST_FEEDBACK@rebound.dev", LocalDate.parse("2026-01-12"));
        expected.put(thursday + "-REFLECT@rebound.dev", today.plusDays(5));
        expected.put(thursday + "-CONNECT@rebound.dev", LocalDate.parse("2026-01-09"));
        expected.put(thursday + "-CHECK_NEW_OPENINGS@rebound.dev", LocalDate.parse("2026-04-08"));
        expected.put(thursday + "-REAPPLY_WINDOW_OPENS@rebound.dev", LocalDate.parse("2026-07-08"));
        expected.put(ghostedFriday + "-SEND_THANK_YOU@rebound.dev", LocalDate.parse("2026-01-12"));
        expected.put(ghostedFriday + "-REFLECT@rebound.dev", LocalDate.parse("2026-01-16"));
        expected.put(ghostedFriday + "-CHECK_NEW_OPENINGS@rebound.dev", LocalDate.parse("2026-04-09"));
        expected.put(ghostedFriday + "-REAPPLY_WINDOW_OPENS@rebound.dev", LocalDate.parse("2026-07-09"));

        String text = fetchOk(createFeed(owner));
        Calendar calendar = parse(text);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(expected.size(), events.size(), text);
        Map<String, VEvent> byUid = events(calendar);
        assertEquals(expected.keySet(), byUid.keySet());
        for (Map.Entry<String, VEvent> entry : byUid.entrySet()) {
            VEvent event = entry.getValue();
            DtStart<?> start = event.<DtStart<?>>getProperty("DTSTART").orElseThrow();
            assertInstanceOf(LocalDate.class, start.getDate(), "all-day: DTSTART is a DATE, not a date-time");
            assertEquals(
                    "DATE",
                    start.<Parameter>getParameter("VALUE")
                            .map(Parameter::getValue)
                            .orElse(null));
            assertEquals(expected.get(entry.getKey()), start.getDate(), entry.getKey());
            assertTrue(value(event, "DESCRIPTION").filter(d -> !d.isBlank()).isPresent(), entry.getKey());
            assertTrue(value(event, "SUMMARY").filter(s -> !s.isBlank()).isPresent(), entry.getKey());
            assertTrue(value(event, "DTSTAMP").isPresent(), entry.getKey());
        }
        // Un-snoozing and un-skipping bring the steps back at their due dates; the done step stays away.
        patchStep(owner, thursday, "REFLECT", Map.of("status", "PENDING")).statusCode(200);
        patchStep(owner, ghostedFriday, "CONNECT", Map.of("status", "PENDING")).statusCode(200);
        expected.put(thursday + "-REFLECT@rebound.dev", LocalDate.parse("2026-01-15"));
        expected.put(ghostedFriday + "-CONNECT@rebound.dev", LocalDate.parse("2026-01-12"));
        Map<String, VEvent> again = events(parse(fetchOk(createFeed(owner))));
        assertEquals(expected.keySet(), again.keySet());
        again.forEach((uid, event) -> assertEquals(expected.get(uid), date(event), uid));
    }

    @Test
    void uidsAndDatesAreStableAcrossFetches() {
        String url = createFeed(owner);
        Map<String, VEvent> first = events(parse(fetchOk(url)));
        Map<String, VEvent> second = events(parse(fetchOk(url)));
        assertEquals(11, first.size());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((uid, event) -> {
            assertEquals(date(event), date(second.get(uid)), uid);
            assertEquals(value(event, "SUMMARY"), value(second.get(uid), "SUMMARY"), uid);
        });
    }

    @Test
    void titlesNameTheStepTheRoleAndTheCompanyInEnglishByDefault() {
        String text = fetchOk(createFeed(owner));
        Map<String, VEvent> events = events(parse(text));
        String role = "Senior Data Engineer";
        String company = "Nordlicht Analytics";
        assertEquals("Send thank-you note: " + role + " at " + company, summary(events, thursday, "SEND_THANK_YOU"));
        assertEquals("Ask for feedback: " + role + " at " + company, summary(events, thursday, "REQUEST_FEEDBACK"));
        assertEquals("Reflect on the process: " + role + " at " + company, summary(events, thursday, "REFLECT"));
        assertEquals("Stay in touch: " + role + " at " + company, summary(events, thursday, "CONNECT"));
        assertEquals("Look for new openings: " + company, summary(events, thursday, "CHECK_NEW_OPENINGS"));
        assertEquals("You can apply again: " + company, summary(events, thursday, "REAPPLY_WINDOW_OPENS"));
        assertEquals(
                "Send thank-you note: Backend Developer at ACME Corp",
                summary(events, ghostedFriday, "SEND_THANK_YOU"));
        assertTrue(value(events.get(thursday + "-SEND_THANK_YOU@rebound.dev"), "DESCRIPTION")
                .orElseThrow()
                .contains(company));
        assertTrue(text.contains("X-WR-CALNAME:Rebound"), text);
    }

    @Test
    void titlesAreInSpanishWhenTheFeedIsCreatedInSpanish() {
        String role = "Senior Data Engineer";
        String company = "Nordlicht Analytics";
        String byParameter = createFeed(owner, "locale", "es");
        Map<String, VEvent> events = events(parse(fetchOk(byParameter)));
        assertEquals(
                "Enviar nota de agradecimiento: " + role + " en " + company,
                summary(events, thursday, "SEND_THANK_YOU"));
        assertEquals("Pedir comentarios: " + role + " en " + company, summary(events, thursday, "REQUEST_FEEDBACK"));
        assertEquals("Buscar nuevas vacantes: " + company, summary(events, thursday, "CHECK_NEW_OPENINGS"));
        assertTrue(value(events.get(thursday + "-CONNECT@rebound.dev"), "DESCRIPTION")
                .orElseThrow()
                .startsWith("Envía una breve solicitud de contacto"));
        assertEquals(
                "Los próximos pasos tras tus rechazos",
                value(parse(fetchOk(byParameter)), "X-WR-CALDESC").orElseThrow());

        // Accept-Language chooses too; rotating without a language goes back to English, same UIDs.
        String byHeader = Api.as(owner)
                .header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
                .when()
                .post("/v1/calendar-feed")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        Map<String, VEvent> spanish = events(parse(fetchOk(byHeader)));
        assertEquals("Reflexionar sobre el proceso: " + role + " en " + company, summary(spanish, thursday, "REFLECT"));
        String english = createFeed(owner);
        Map<String, VEvent> englishEvents = events(parse(fetchOk(english)));
        assertEquals("Reflect on the process: " + role + " at " + company, summary(englishEvents, thursday, "REFLECT"));
        assertEquals(spanish.keySet(), englishEvents.keySet());
    }

    @Test
    void punctuationAccentsAndLongNamesRoundTrip() {
        String other = TestTokens.newOwner();
        String company = "Müller, Søn & Cía; Ñandú \\ Café";
        String role = "Ingeniería de Plataforma Sénior — Observabilidad, Métricas; Trazas y Alertas 🚀 (día/noche)";
        Map<String, Object> body = withDate(Samples.minimal(), LocalDate.parse("2026-01-08"));
        body.put("company", company);
        body.put("role", role);
        String id = create(other, body);
        String text = fetchOk(createFeed(other));

        Map<String, VEvent> events = events(parse(text));
        assertEquals("Send thank-you note: " + role + " at " + company, summary(events, id, "SEND_THANK_YOU"));
        assertEquals("You can apply again: " + company, summary(events, id, "REAPPLY_WINDOW_OPENS"));
        assertTrue(value(events.get(id + "-REAPPLY_WINDOW_OPENS@rebound.dev"), "DESCRIPTION")
                .orElseThrow()
                .contains(role));
        assertTrue(text.contains("\\,") && text.contains("\\;"), "commas and semicolons are escaped: " + text);
        // RFC 5545: CRLF line ends, and no line longer than 75 octets (long lines are folded).
        assertTrue(text.endsWith("END:VCALENDAR\r\n"), text);
        for (String line : text.split("\r\n")) {
            assertFalse(line.contains("\n") || line.contains("\r"), "bare line break in: " + line);
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "line too long: " + line);
        }
    }

    @Test
    void lineBreaksInNamesNeverBreakATitle() {
        String other = TestTokens.newOwner();
        Map<String, Object> body = withDate(Samples.minimal(), LocalDate.parse("2026-01-08"));
        body.put("company", "Line One\nLine Two\r\nThree\tTabbed");
        body.put("role", "  Data   Engineer ");
        String id = create(other, body);
        Map<String, VEvent> events = events(parse(fetchOk(createFeed(other))));
        assertEquals(6, events.size());
        assertEquals(
                "Send thank-you note: Data Engineer at Line One Line Two Three Tabbed",
                summary(events, id, "SEND_THANK_YOU"));
        assertEquals(
                "Look for new openings: Line One Line Two Three Tabbed", summary(events, id, "CHECK_NEW_OPENINGS"));
    }

    @Test
    void anEmptyPlanGivesAnEmptyCalendar() {
        String nobody = TestTokens.newOwner();
        String text = fetchOk(createFeed(nobody));
        Calendar calendar = parse(text);
        assertEquals(List.of(), calendar.getComponents("VEVENT"));
        assertEquals("2.0", value(calendar, "VERSION").orElseThrow());
    }

    /**
     * The feed is read from the database in batches of 500 steps. Here 533 open steps are placed so that the
     * 500th is the thank-you step of a record whose connect step, due the same day, is the 501st: a batch boundary
     * inside a tie on (day, record), broken only by the plan's order.
     */
    @Test
    void longFeedsAreCompleteAcrossBatches() {
        String busy = TestTokens.newOwner();
        Set<String> expected = new HashSet<>();
        // 80 full records and 1 without feedback, early in 2025: 485 steps, all before September.
        for (int i = 0; i < 81; i++) {
            Map<String, Object> body = withDate(Samples.minimal(), LocalDate.parse("2025-01-06"));
            body.put("company", "Early " + i);
            if (i == 80) {
                body.put("notifiedVia", "NO_RESPONSE");
            }
            String id = createUnchecked(busy, body);
            for (String action : ReminderApiTest.CANONICAL) {
                if (i < 80 || !action.equals("REQUEST_FEEDBACK")) {
                    expected.add(id + "-" + action + "@rebound.dev");
                }
            }
        }
        // 8 records on Monday 2025-09-01: 16 steps on Tuesday the 2nd, thank-you and connect of each record.
        for (int i = 0; i < 8; i++) {
            Map<String, Object> body = withDate(Samples.minimal(), LocalDate.parse("2025-09-01"));
            body.put("company", "Late " + i);
            String id = createUnchecked(busy, body);
            for (String action : ReminderApiTest.CANONICAL) {
                expected.add(id + "-" + action + "@rebound.dev");
            }
        }
        assertEquals(533, expected.size());
        String text = fetchOk(createFeed(busy));
        List<VEvent> events = parse(text).getComponents("VEVENT");
        List<String> uids =
                events.stream().map(event -> value(event, "UID").orElseThrow()).toList();
        assertEquals(533, uids.size(), "one event per open step, none twice");
        assertEquals(expected, new HashSet<>(uids));
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
    }

    // --- helpers -----------------------------------------------------------------------------------------

    static String createFeed(String who, String... query) {
        var request = Api.as(who);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        String url = request.when()
                .post("/v1/calendar-feed")
                .then()
                .statusCode(201)
                .body("url", matchesPattern(URL_SHAPE))
                .extract()
                .path("url");
        return url;
    }

    /** Creates a record without checking the answer against the contract (other tests do), to save time. */
    static String createUnchecked(String who, Map<String, Object> body) {
        return RestAssured.given()
                .auth()
                .oauth2(TestTokens.tokenFor(who))
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String token(String url) {
        String path = URI.create(url).getPath();
        return path.substring("/feeds/".length(), path.length() - ".ics".length());
    }

    /** GETs the feed at the path of its public address, with no credentials. */
    static io.restassured.response.ValidatableResponse fetch(String url) {
        return RestAssured.given().when().get(URI.create(url).getPath()).then();
    }

    static String fetchOk(String url) {
        byte[] body = fetch(url)
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("Not a valid iCalendar document: " + e + "\n" + text, e);
        }
    }

    /** The events by UID; fails on a repeated UID. */
    static Map<String, VEvent> events(Calendar calendar) {
        Map<String, VEvent> byUid = new LinkedHashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            String uid = value(event, "UID").orElseThrow();
            assertFalse(byUid.containsKey(uid), "UID repeated: " + uid);
            byUid.put(uid, event);
        }
        return byUid;
    }

    static LocalDate date(VEvent event) {
        return (LocalDate)
                event.<DtStart<?>>getProperty("DTSTART").orElseThrow().getDate();
    }

    static Optional<String> value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.<Property>getProperty(name).map(Property::getValue);
    }

    static String summary(Map<String, VEvent> events, String id, String action) {
        VEvent event = events.get(id + "-" + action + "@rebound.dev");
        assertTrue(event != null, "no event for " + id + "-" + action + " among " + events.keySet());
        return value(event, "SUMMARY").orElseThrow();
    }
}
