package dev.rebound.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an owner's history through the API for tests of features that read across records: records,
 * plan steps, feedback and reflections.
 */
public final class FollowThrough {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FollowThrough() {}

    /** A record with the given stage, reason (null: not sent) and channel; no contact. */
    public static Map<String, Object> record(
            String company, String rejectedOn, String stage, String reason, String channel) {
        Map<String, Object> body = new HashMap<>();
        body.put("company", company);
        body.put("role", "Engineer at " + company);
        body.put("stageReached", stage);
        body.put("notifiedVia", channel);
        body.put("rejectedOn", rejectedOn);
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    /** Creates the record and returns its id. */
    public static String create(String owner, Map<String, Object> body) {
        return Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Sets one plan step's status (DONE on today, or SKIPPED/PENDING). */
    public static void step(String owner, String id, String action, String status) {
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("status", status))
                .when()
                .patch("/v1/rejections/" + id + "/plan/" + action)
                .then()
                .statusCode(200);
    }

    public static void done(String owner, String id, String action) {
        step(owner, id, action, "DONE");
    }

    /** Saves feedback with a summary (received today). */
    public static void feedback(String owner, String id, String summary) {
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("summary", summary))
                .when()
                .put("/v1/rejections/" + id + "/feedback")
                .then()
                .statusCode(201);
    }

    /** Saves a reflection answering the let-go prompt, which every record is offered. */
    public static void reflection(String owner, String id, String... areas) {
        Map<String, Object> body = Map.of(
                "improvementAreas", List.of(areas),
                "answers", List.of(Map.of("promptKey", "let-go.move-on", "answer", "I am ready to move on.")));
        Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .put("/v1/rejections/" + id + "/reflection")
                .then()
                .statusCode(201);
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }
}
