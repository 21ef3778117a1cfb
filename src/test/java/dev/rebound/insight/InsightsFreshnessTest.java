package dev.rebound.insight;

import static dev.rebound.support.FollowThrough.create;
import static dev.rebound.support.FollowThrough.done;
import static dev.rebound.support.FollowThrough.feedback;
import static dev.rebound.support.FollowThrough.record;
import static dev.rebound.support.FollowThrough.reflection;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rebound.support.Api;
import dev.rebound.support.FollowThrough;
import dev.rebound.support.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Insights are kept per owner between changes: each kind of change must show in the very next read, and one
 * owner's change must not disturb another's answer.
 */
@QuarkusTest
class InsightsFreshnessTest {

    private final String owner = TestTokens.newOwner();

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "rebound.database.schema")
    String schema;

    private JsonNode insights(String who) {
        return FollowThrough.json(Api.as(who)
                .when()
                .get("/v1/insights")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private JsonNode insights() {
        return insights(owner);
    }

    @Test
    void everyKindOfChangeShowsInTheNextRead() {
        assertThat(insights().path("totalRejections").asLong()).isZero();

        String first = create(owner, record("Acme", "2025-03-05", "INTERVIEW", "NOT_GIVEN", "EMAIL"));
        assertThat(insights().path("totalRejections").asLong()).isEqualTo(1);
        assertThat(insights().path("byStage").path("INTERVIEW").asLong()).isEqualTo(1);

        String second = create(owner, record("acme", "2025-04-01", "SCREENING", "NOT_GIVEN", "PHONE"));
        JsonNode two = insights();
        assertThat(two.path("totalRejections").asLong()).isEqualTo(2);
        assertThat(two.path("repeatCompanies").get(0).path("company").asText()).isEqualTo("acme");

        Api.as(owner)
                .contentType("application/merge-patch+json")
                .body(Map.of("stageReached", "FINAL_INTERVIEW"))
                .when()
                .patch("/v1/rejections/" + first)
                .then()
                .statusCode(200);
        JsonNode patched = insights();
        assertThat(patched.path("byStage").path("INTERVIEW").asLong()).isZero();
        assertThat(patched.path("byStage").path("FINAL_INTERVIEW").asLong()).isEqualTo(1);

        done(owner, first, "SEND_THANK_YOU");
        assertThat(insights()
                        .path("rates")
                        .path("thankYouSent")
                        .path("numerator")
                        .asLong())
                .isEqualTo(1);

        feedback(owner, first, "More depth on system design.");
        assertThat(insights()
                        .path("rates")
                        .path("feedbackReceived")
                        .path("numerator")
                        .asLong())
                .isEqualTo(1);
        Api.as(owner)
                .when()
                .delete("/v1/rejections/" + first + "/feedback")
                .then()
                .statusCode(204);
        assertThat(insights()
                        .path("rates")
                        .path("feedbackReceived")
                        .path("numerator")
                        .asLong())
                .isZero();

        reflection(owner, second, "PREPARATION");
        JsonNode reflected = insights();
        assertThat(reflected.path("rates").path("reflected").path("numerator").asLong())
                .isEqualTo(1);
        assertThat(reflected.path("topImprovementAreas").get(0).path("area").asText())
                .isEqualTo("PREPARATION");
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of(
                        "improvementAreas",
                        List.of("ANSWERS"),
                        "answers",
                        List.of(Map.of("promptKey", "let-go.move-on", "answer", "Moving on."))))
                .when()
                .put("/v1/rejections/" + second + "/reflection")
                .then()
                .statusCode(200);
        assertThat(insights().path("topImprovementAreas").get(0).path("area").asText())
                .isEqualTo("ANSWERS");

        Api.as(owner).when().delete("/v1/rejections/" + second).then().statusCode(204);
        JsonNode deleted = insights();
        assertThat(deleted.path("totalRejections").asLong()).isEqualTo(1);
        assertThat(deleted.path("repeatCompanies").size()).isZero();
    }

    @Test
    void aChangeMadeOutsideTheServiceShowsToo() throws Exception {
        String id = create(owner, record("Acme", "2025-03-05", "INTERVIEW", "NOT_GIVEN", "EMAIL"));
        assertThat(insights().path("byStage").path("INTERVIEW").asLong()).isEqualTo(1);

        // As a maintenance job would: another session, whose search path does not name Rebound's schema.
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL search_path TO public"); // until the commit: the pool gets it back as it was
            statement.executeUpdate(
                    "UPDATE " + schema + ".rejection SET stage_reached = 'SCREENING' WHERE id = '" + id + "'");
            connection.commit();
        }
        JsonNode changed = insights();
        assertThat(changed.path("byStage").path("INTERVIEW").asLong()).isZero();
        assertThat(changed.path("byStage").path("SCREENING").asLong()).isEqualTo(1);
    }

    @Test
    void anOwnerWithoutARevisionIsNeverServedErasedData() throws Exception {
        create(owner, record("Acme", "2025-03-05", "INTERVIEW", "NOT_GIVEN", "EMAIL"));
        // As for an owner whose records predate the revisions: no row.
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + schema + ".owner_revision WHERE owner_id = '" + owner + "'");
        }
        assertThat(insights().path("totalRejections").asLong()).isEqualTo(1);

        Api.as(owner).when().delete("/v1/me").then().statusCode(204);
        JsonNode erased = insights();
        assertThat(erased.path("totalRejections").asLong()).isZero();
        assertThat(erased.path("repeatCompanies").size()).isZero();
    }

    @Test
    void aRangeIsKeptApartFromTheWholeHistory() {
        create(owner, record("Acme", "2025-01-10", "INTERVIEW", "NOT_GIVEN", "EMAIL"));
        create(owner, record("Globex", "2025-06-10", "INTERVIEW", "NOT_GIVEN", "EMAIL"));
        assertThat(insights().path("totalRejections").asLong()).isEqualTo(2);
        JsonNode ranged = FollowThrough.json(Api.as(owner)
                .queryParam("to", "2025-03-31")
                .when()
                .get("/v1/insights")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(ranged.path("totalRejections").asLong()).isEqualTo(1);
        assertThat(insights().path("totalRejections").asLong()).isEqualTo(2);
    }

    @Test
    void anotherOwnersChangeLeavesThisAnswerAloneAndErasureEmptiesIt() {
        create(owner, record("Acme", "2025-01-10", "INTERVIEW", "NOT_GIVEN", "EMAIL"));
        assertThat(insights().path("totalRejections").asLong()).isEqualTo(1);
        String other = TestTokens.newOwner();
        create(other, record("Acme", "2025-01-11", "INTERVIEW", "NOT_GIVEN", "EMAIL"));
        assertThat(insights().path("totalRejections").asLong()).isEqualTo(1);
        assertThat(insights(other).path("totalRejections").asLong()).isEqualTo(1);

        Api.as(owner).when().delete("/v1/me").then().statusCode(204);
        assertThat(insights().path("totalRejections").asLong()).isZero();
        create(owner, record("Initech", "2025-02-01", "SCREENING", "NOT_GIVEN", "PHONE"));
        JsonNode again = insights();
        assertThat(again.path("totalRejections").asLong()).isEqualTo(1);
        assertThat(again.path("byStage").path("SCREENING").asLong()).isEqualTo(1);
    }
}
