package dev.rebound.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.rebound.security.CurrentOwner;
import dev.rebound.support.Api;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

/** One id per request: in X-Request-Id, as every problem's instance, and in the log lines of the request. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String ALLOWED_ORIGIN = "https://jobs.example.com";

    private final String owner = TestTokens.newOwner();

    private static String requestId(Response response) {
        String id = response.header(RequestIds.HEADER);
        assertThat(id).as("X-Request-Id").isNotNull().matches(UUID_PATTERN);
        return id;
    }

    /** Checks that the answer is a problem whose instance is the request's id, and returns that id. */
    private static String problemId(Response response) {
        assertThat(response.contentType()).startsWith("application/problem+json");
        String id = requestId(response);
        assertThat(response.<String>path("instance")).isEqualTo("urn:uuid:" + id);
        return id;
    }

    @Test
    void everyAnswerCarriesARequestIdOfItsOwn() {
        String first = requestId(Api.as(owner)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .extract()
                .response());
        String second = requestId(Api.as(owner)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .extract()
                .response());
        assertThat(first).isNotEqualTo(second);
        requestId(given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .extract()
                .response());
        requestId(given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .response());
    }

    @Test
    void everyProblemNamesItsRequestIdAsInstance() {
        Map<String, Object> empty = new HashMap<>();
        List<Response> problems = List.of(
                Api.as(owner)
                        .when()
                        .get("/v1/rejections/" + UUID.randomUUID())
                        .then()
                        .statusCode(404)
                        .extract()
                        .response(),
                Api.as(owner)
                        .when()
                        .get("/v1/rejections/not-a-uuid")
                        .then()
                        .statusCode(400)
                        .extract()
                        .response(),
                Api.anonymous()
                        .when()
                        .get("/v1/rejections")
                        .then()
                        .statusCode(401)
                        .extract()
                        .response(),
                Api.withToken("garbage")
                        .when()
                        .get("/v1/insights")
                        .then()
                        .statusCode(401)
                        .extract()
                        .response(),
                Api.as(owner)
                        .contentType("application/json")
                        .body(empty)
                        .when()
                        .post("/v1/rejections")
                        .then()
                        .statusCode(400)
                        .extract()
                        .response(),
                Api.as(owner)
                        .contentType("application/json")
                        .body(empty)
                        .when()
                        .put("/v1/rejections")
                        .then()
                        .statusCode(405)
                        .extract()
                        .response(),
                Api.as(owner)
                        .contentType("text/plain")
                        .body("company=Acme")
                        .when()
                        .post("/v1/rejections")
                        .then()
                        .statusCode(415)
                        .extract()
                        .response(),
                Api.as(owner)
                        .contentType("application/json")
                        .body(new byte[300 * 1024])
                        .when()
                        .post("/v1/rejections")
                        .then()
                        .statusCode(413)
                        .extract()
                        .response(),
                Api.as(owner)
                        .accept("application/xml")
                        .when()
                        .get("/v1/rejections")
                        .then()
                        .statusCode(406)
                        .extract()
                        .response(),
                Api.anonymous()
                        .when()
                        .get("/definitely/not/here")
                        .then()
                        .statusCode(404)
                        .extract()
                        .response());
        assertThat(problems.stream().map(RequestIdTest::problemId).distinct()).hasSize(problems.size());
    }

    @Test
    void keepsARequestIdTheClientSentAsAUuid() {
        String mine = UUID.randomUUID().toString();
        Response ok = Api.as(owner)
                .header(RequestIds.HEADER, mine)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .extract()
                .response();
        assertThat(requestId(ok)).isEqualTo(mine);
        Response problem = Api.anonymous()
                .header(RequestIds.HEADER, mine)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(401)
                .extract()
                .response();
        assertThat(problemId(problem)).isEqualTo(mine);
    }

    @Test
    void replacesAnyOtherRequestId() {
        for (String sent : List.of("12345", "not-a-uuid", UUID.randomUUID() + "0", "' OR 1=1 --", "%0d%0afake-line")) {
            Response problem = Api.anonymous()
                    .header(RequestIds.HEADER, sent)
                    .when()
                    .get("/v1/rejections")
                    .then()
                    .statusCode(401)
                    .extract()
                    .response();
            assertThat(problemId(problem)).as(sent).isNotEqualTo(sent);
        }
    }

    @Test
    void browsersGetTheIdOnPreflightsAndRefusalsAndMayReadIt() {
        requestId(Api.anonymous()
                .header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,x-request-id")
                .when()
                .options("/v1/rejections")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Headers", containsString("X-Request-Id"))
                .extract()
                .response());
        requestId(Api.as(owner)
                .header("Origin", ALLOWED_ORIGIN)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .extract()
                .response());
        requestId(given().header("Origin", "https://evil.example")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(403)
                .extract()
                .response());
    }

    @Test
    void logLinesOfARequestCarryItsIdAlsoOnWorkerThreads() {
        // An unexpected fault inside a blocking endpoint: the service logs it, and the 500 quotes the same id.
        QuarkusMock.installMockForType(
                new CurrentOwner(null, null, null, null) {
                    @Override
                    public String id() {
                        throw new IllegalStateException("a fault made by RequestIdTest");
                    }
                },
                CurrentOwner.class);
        CapturedLogs logs = new CapturedLogs();
        Logger logger = Logger.getLogger("dev.rebound");
        logger.addHandler(logs);
        List<String> ids;
        try {
            ids = List.of(
                    problemId(Api.as(owner)
                            .when()
                            .get("/v1/rejections")
                            .then()
                            .statusCode(500)
                            .extract()
                            .response()),
                    problemId(Api.as(owner)
                            .when()
                            .get("/v1/rejections")
                            .then()
                            .statusCode(500)
                            .extract()
                            .response()));
        } finally {
            logger.removeHandler(logs);
        }

        List<ExtLogRecord> logged = logs.records.stream()
                .filter(record -> record.getFormattedMessage().contains("Unexpected error"))
                .toList();
        assertThat(logged).hasSize(2);
        assertThat(logged.stream().map(record -> record.getMdc(RequestIds.MDC_KEY)))
                .as("each its own request's id")
                .containsExactlyElementsOf(ids);
        assertThat(logged.get(0).getThreadName())
                .as("a worker thread, not the event loop")
                .startsWith("executor-thread");
        String format = ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class);
        assertThat(new PatternFormatter(format).format(logged.get(0)))
                .as("the plain-text line")
                .contains("[" + ids.get(0) + "]");
    }

    private static final class CapturedLogs extends Handler {

        final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            ExtLogRecord ext = ExtLogRecord.wrap(record);
            ext.copyMdc(); // the MDC of the thread that logs, as the console handler sees it
            records.add(ext);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
