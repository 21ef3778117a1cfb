package dev.rebound.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.support.Api;
import dev.rebound.support.ConfigOverrides;
import dev.rebound.support.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** With room for one API request at a time, a second one is shed at once, and the room comes back. */
@QuarkusTest
@TestProfile(LoadSheddingTest.OneAtATime.class)
class LoadSheddingTest {

    public static class OneAtATime extends ConfigOverrides {
        public OneAtATime() {
            super("rebound.max-requests-in-flight", "1");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL service;

    private final String owner = TestTokens.newOwner();

    @Test
    void shedsWithAProblemThatNamesTheRequestAndRecoversWhenTheSlotFrees() throws Exception {
        Response shed;
        try (Socket held = holdTheOnlySlot()) {
            shed = listUntil(503);
        }
        assertThat(shed.header("Retry-After")).isEqualTo("1");
        assertThat(shed.contentType()).startsWith(ProblemResponses.MEDIA_TYPE);
        assertThat(shed.<String>path("type")).endsWith("/service-unavailable");
        String requestId = shed.header("X-Request-Id");
        assertThat(requestId).isNotNull();
        assertThat(shed.<String>path("instance")).isEqualTo("urn:uuid:" + requestId);
        // The held request ended when its connection closed: its slot is free again.
        listUntil(200);
    }

    @Test
    void theCalendarFeedIsShedToo() throws Exception {
        String unknownFeed = "/feeds/" + "A".repeat(43) + ".ics";
        try (Socket held = holdTheOnlySlot()) {
            Response shed = until(
                    503,
                    () -> io.restassured.RestAssured.get(unknownFeed)
                            .then()
                            .extract()
                            .response());
            assertThat(shed.contentType()).startsWith(ProblemResponses.MEDIA_TYPE);
        }
        until(
                404,
                () -> io.restassured.RestAssured.get(unknownFeed)
                        .then()
                        .extract()
                        .response());
    }

    /** A create whose body never finishes arriving: admitted, and then in flight until the socket closes. */
    private Socket holdTheOnlySlot() throws Exception {
        Socket socket = new Socket(service.getHost(), service.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /v1/rejections HTTP/1.1\r\n"
                        + "Host: " + service.getHost() + ":" + service.getPort() + "\r\n"
                        + "Authorization: Bearer " + TestTokens.tokenFor(owner) + "\r\n"
                        + "Content-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n"
                        + "\r\n"
                        + "{\"company\":")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private Response listUntil(int status) throws InterruptedException {
        return until(
                status,
                () -> Api.as(owner)
                        .when()
                        .get("/v1/rejections")
                        .then()
                        .extract()
                        .response());
    }

    private Response until(int status, java.util.function.Supplier<Response> request) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            Response response = request.get();
            if (response.statusCode() == status || Instant.now().isAfter(deadline)) {
                assertThat(response.statusCode()).isEqualTo(status);
                return response;
            }
            Thread.sleep(20);
        }
    }
}
