package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RejectionListTest {

    private final String owner = TestTokens.newOwner();
    private String nordlicht;
    private String acme;
    private String ghosted;

    @BeforeEach
    void createRecords() {
        Map<String, Object> first = Samples.full();
        first.put("rejectedOn", "2026-03-10");
        first.put("appliedOn", "2026-02-01");
        first.put("notes", "Panel asked about Kafka partitioning; I froze on the follow-up.");
        nordlicht = RejectionCrudTest.create(owner, first);

        Map<String, Object> second = Samples.minimal();
        second.put("company", "ACME Corp");
        second.put("role", "Backend Developer");
        second.put("stageReached", "SCREENING");
        second.put("reason", "SKILLS_OR_EXPERIENCE_GAP");
        second.put("rejectedOn", "2026-05-20");
        second.put("reasonDetail", "Buscaban más experiencia con microservicios");
        second.put("tags", List.of("backend"));
        acme = RejectionCrudTest.create(owner, second);

        Map<String, Object> third = Samples.minimal();
        third.put("company", "Acme Corp");
        third.put("role", "Platform Engineer");
        third.put("stageReached", "APPLIED");
        third.put("notifiedVia", "NO_RESPONSE");
        third.put("rejectedOn", "2026-01-15");
        third.put("tags", List.of("remote", "backend"));
        ghosted = RejectionCrudTest.create(owner, third);
    }

    private ValidatableResponse list(Object... parameters) {
        var request = Api.as(owner);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.when().get("/v1/rejections").then();
    }

    @Test
    void listsNewestRejectionFirstByDefault() {
        list().statusCode(200)
                .body("items.id", equalTo(List.of(acme, nordlicht, ghosted)))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(1));
    }

    @Test
    void pagesThroughResults() {
        list("size", 2)
                .statusCode(200)
                .body("items.id", equalTo(List.of(acme, nordlicht)))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        list("size", 2, "page", 1)
                .statusCode(200)
                .body("items.id", equalTo(List.of(ghosted)))
                .body("page", equalTo(1));
    }

    @Test
    void answersEmptyPagePastTheEnd() {
        list("page", 5)
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("page", equalTo(5))
                .body("totalItems", equalTo(3));
    }

    @Test
    void sortsByRejectedOnAscendingOrByCreation() {
        list("sort", "rejectedOn,asc").statusCode(200).body("items.id", equalTo(List.of(ghosted, nordlicht, acme)));
        list("sort", "createdAt").statusCode(200).body("items.id", equalTo(List.of(ghosted, acme, nordlicht)));
        list("sort", "createdAt,asc").statusCode(200).body("items.id", equalTo(List.of(nordlicht, acme, ghosted)));
    }

    @Test
    void filtersByStageReasonCompanyDatesAndTag() {
        list("stageReached", "SCREENING").body("items.id", equalTo(List.of(acme)));
        list("reason", "SKILLS_OR_EXPERIENCE_GAP").body("items.id", equalTo(List.of(acme)));
        list("company", "acme corp").body("items.id", equalTo(List.of(acme, ghosted)));
        list("company", "Acme").body("totalItems", equalTo(0));
        list("rejectedFrom", "2026-03-10").body("items.id", equalTo(List.of(acme, nordlicht)));
        list("rejectedTo", "2026-03-10").body("items.id", equalTo(List.of(nordlicht, ghosted)));
        list("rejectedFrom", "2026-03-10", "rejectedTo", "2026-03-10").body("items.id", equalTo(List.of(nordlicht)));
        list("tag", "backend").body("items.id", equalTo(List.of(acme, ghosted)));
        list("tag", "remote", "company", "Nordlicht Analytics").body("items.id", equalTo(List.of(nordlicht)));
    }

    @Test
    void searchesFullTextInEnglishAndSpanish() {
        list("q", "kafka").body("items.id", equalTo(List.of(nordlicht)));
        list("q", "microservicios").body("items.id", equalTo(List.of(acme)));
        list("q", "\"platform engineer\"").body("items.id", equalTo(List.of(ghosted)));
        list("q", "acme -platform").body("items.id", equalTo(List.of(acme)));
        list("q", "engineer").body("items.id", containsInAnyOrder(nordlicht, ghosted));
        list("q", "nonexistentword").body("totalItems", equalTo(0));
    }

    @Test
    void eachListedRecordShowsTheSamePlanAsReadingItAlone() {
        Api.as(owner)
                .contentType("application/merge-patch+json")
                .body(Map.of("status", "DONE"))
                .when()
                .patch("/v1/rejections/" + nordlicht + "/plan/SEND_THANK_YOU")
                .then()
                .statusCode(200);
        Api.as(owner)
                .contentType("application/merge-patch+json")
                .body(Map.of("status", "SNOOZED", "snoozedUntil", "2026-12-30"))
                .when()
                .patch("/v1/rejections/" + acme + "/plan/CONNECT")
                .then()
                .statusCode(200);

        List<Map<String, Object>> items =
                list("size", "100").statusCode(200).extract().path("items");
        assertThat(items).extracting(item -> item.get("id")).containsExactlyInAnyOrder(nordlicht, acme, ghosted);
        for (Map<String, Object> item : items) {
            List<Object> alone = Api.as(owner)
                    .when()
                    .get("/v1/rejections/" + item.get("id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("plan");
            assertThat(item.get("plan")).as("plan of %s", item.get("id")).isEqualTo(alone);
            assertThat(alone).isNotEmpty();
        }
    }

    @Test
    void rejectsBadParametersNamingEachOne() {
        for (Object[] bad : new Object[][] {
            {"page", "-1"},
            {"page", "x"},
            {"size", "0"},
            {"size", "101"},
            {"size", "ten"},
            {"stageReached", "HIRED"},
            {"reason", "nope"},
            {"rejectedFrom", "2026-13-01"},
            {"rejectedTo", "yesterday"},
            {"rejectedTo", "+9999999-01-01"},
            {"rejectedFrom", "2026-1-5"},
            {"page", "2147483648"},
            {"sort", "company"},
            {"sort", "rejectedOn,up"}
        }) {
            list(bad[0], bad[1])
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[0]));
        }
        list("rejectedFrom", "2026-05-01", "rejectedTo", "2026-04-01")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("rejectedFrom")));
        list("page", "-1", "size", "500").statusCode(400).body("errors.field", containsInAnyOrder("page", "size"));
    }
}
