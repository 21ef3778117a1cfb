package dev.rebound.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for tests; each call returns a fresh, mutable copy. */
public final class Samples {

    private Samples() {}

    public static LocalDate todayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Only the required fields. */
    public static Map<String, Object> minimal() {
        Map<String, Object> body = new HashMap<>();
        body.put("company", "Nordlicht Analytics");
        body.put("role", "Senior Data Engineer");
        body.put("stageReached", "FINAL_INTERVIEW");
        body.put("notifiedVia", "EMAIL");
        body.put("rejectedOn", todayUtc().minusDays(2).toString());
        return body;
    }

    /** Every field set. */
    public static Map<String, Object> full() {
        Map<String, Object> body = minimal();
        body.put("interviewRound", 3);
        body.put("interviewFormat", "VIDEO");
        body.put("appliedOn", todayUtc().minusDays(30).toString());
        body.put("reason", "PREFERRED_ANOTHER_CANDIDATE");
        body.put("reasonDetail", "They went with someone who had more Spark experience.");
        Map<String, Object> contact = new HashMap<>();
        contact.put("name", "María José Peña");
        contact.put("title", "Engineering Manager");
        contact.put("email", "mj.pena@nordlicht.example");
        body.put("contact", contact);
        body.put("internalCandidate", false);
        body.put("jobPostingUrl", "https://careers.nordlicht.example/jobs/4711");
        body.put("selfAssessment", 4);
        body.put("notes", "Good rapport with the panel; the system design round ran long.");
        body.put("tags", List.of("remote", "data"));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
