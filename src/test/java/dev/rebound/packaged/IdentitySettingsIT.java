package dev.rebound.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.support.TestServer;
import dev.rebound.support.TestTokens;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar (prod profile) will not start without an issuer and an expected audience. */
class IdentitySettingsIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** A bound for a hung start, not a speed claim: a loaded 2-core machine has taken 38 s to start the jar. */
    private static final long GIVE_UP_SECONDS = 90;

    @TempDir
    Path logs;

    @Test
    void refusesToStartWithoutAnAudienceAndNamesTheSetting() throws Exception {
        Process service = start("no-audience", "-Dmp.jwt.verify.issuer=" + TestTokens.ISSUER);

        assertThat(service.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS))
                .as("exited")
                .isTrue();
        assertThat(service.exitValue()).isNotZero();
        assertThat(log("no-audience"))
                .contains("MP_JWT_VERIFY_AUDIENCES", "REBOUND_AUTH_ALLOW_ANY_AUDIENCE")
                .doesNotContain("Listening on");
    }

    @Test
    void refusesToStartWithoutAnIssuer() throws Exception {
        Process service = start("no-issuer", "-Dmp.jwt.verify.audiences=" + TestTokens.AUDIENCE);

        assertThat(service.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS))
                .as("exited")
                .isTrue();
        assertThat(service.exitValue()).isNotZero();
        assertThat(log("no-issuer")).contains("MP_JWT_VERIFY_ISSUER").doesNotContain("MP_JWT_VERIFY_AUDIENCES");
    }

    @Test
    void anyAudienceWhenSaidOnPurpose() throws Exception {
        int port = freePort();
        Process service = start(
                "any-audience",
                "-Dmp.jwt.verify.issuer=" + TestTokens.ISSUER,
                "-Drebound.auth.allow-any-audience=true",
                "-Dquarkus.http.port=" + port);
        try {
            String forAnotherApp = Jwt.issuer(TestTokens.ISSUER)
                    .audience("another-app")
                    .subject(TestTokens.newOwner())
                    .issuedAt(Instant.now())
                    .expiresIn(600)
                    .sign(TestTokens.privateKey());
            assertThat(getRejections(port, forAnotherApp)).isEqualTo(200);
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoMoreIssuersFromEnvironmentVariablesKeepTheirPeopleApart() throws Exception {
        KeyPair boardB = rsa();
        KeyPair boardC = rsa();
        int port = freePort();
        Process service = start(
                "two-issuers",
                Map.of(
                        "REBOUND_AUTH_ISSUERS_BOARDB_ISSUER", "https://idp.board-b.example/",
                        "REBOUND_AUTH_ISSUERS_BOARDB_PUBLICKEY_LOCATION", pem(boardB, "board-b"),
                        "REBOUND_AUTH_ISSUERS_BOARDB_AUDIENCES", "rebound-b",
                        "REBOUND_AUTH_ISSUERS_BOARDC_ISSUER", "https://idp.board-c.example/",
                        "REBOUND_AUTH_ISSUERS_BOARDC_PUBLICKEY_LOCATION", pem(boardC, "board-c"),
                        "REBOUND_AUTH_ISSUERS_BOARDC_AUDIENCES", "rebound-c,rebound-c-mobile"),
                "-Dmp.jwt.verify.issuer=" + TestTokens.ISSUER,
                "-Dmp.jwt.verify.audiences=" + TestTokens.AUDIENCE,
                "-Dquarkus.http.port=" + port);
        try {
            String subject = "shared-" + UUID.randomUUID();
            String ofB = Jwt.issuer("https://idp.board-b.example/")
                    .audience("rebound-b")
                    .subject(subject)
                    .expiresIn(600)
                    .sign(boardB.getPrivate());
            String ofC = Jwt.issuer("https://idp.board-c.example/")
                    .audience("rebound-c-mobile")
                    .subject(subject)
                    .expiresIn(600)
                    .sign(boardC.getPrivate());
            String cWithBsKey = Jwt.issuer("https://idp.board-c.example/")
                    .audience("rebound-c")
                    .subject(subject)
                    .expiresIn(600)
                    .sign(boardB.getPrivate());

            assertThat(send(
                                    port,
                                    ofB,
                                    "POST",
                                    "{\"company\":\"Board B Ltd\",\"role\":\"Engineer\","
                                            + "\"stageReached\":\"INTERVIEW\",\"notifiedVia\":\"EMAIL\",\"rejectedOn\":\"2026-11-30\"}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(send(port, ofB, "GET", null).body()).contains("\"totalItems\":1");
            assertThat(send(port, ofC, "GET", null).body()).contains("\"totalItems\":0");
            assertThat(send(port, TestTokens.tokenFor(subject), "GET", null).body())
                    .contains("\"totalItems\":0");
            assertThat(send(port, cWithBsKey, "GET", null).statusCode()).isEqualTo(401);
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The jar with a database and the dev key, its log in a file; the identity settings come from the test. */
    private Process start(String name, String... settings) throws IOException {
        return start(name, Map.of(), settings);
    }

    private Process start(String name, Map<String, String> environment, String... settings) throws IOException {
        TestServer server = TestServer.get();
        List<String> command = new ArrayList<>(List.of(
                "java",
                "-Xmx256m",
                "-Dquarkus.datasource.jdbc.url=" + server.database("rebound_identity"),
                "-Dquarkus.datasource.username=" + server.user(),
                "-Dquarkus.datasource.password=" + server.password(),
                "-Dmp.jwt.verify.publickey.location=" + TestTokens.PUBLIC_KEY.toAbsolutePath(),
                "-Dquarkus.http.port=0"));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment()
                .keySet()
                .removeIf(variable -> variable.startsWith("MP_JWT_") || variable.startsWith("REBOUND_AUTH_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private String log(String name) throws IOException {
        return Files.readString(logs.resolve(name + ".log"));
    }

    private static int getRejections(int port, String token) throws Exception {
        return send(port, token, "GET", null).statusCode();
    }

    /** A request to /v1/rejections, retried while the service is not listening yet. */
    private static HttpResponse<String> send(int port, String token, String method, String json) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/rejections"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        while (true) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException notListeningYet) {
                if (System.nanoTime() > deadline) {
                    throw notListeningYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private static KeyPair rsa() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private String pem(KeyPair key, String name) throws IOException {
        Path file = logs.resolve(name + ".pem");
        Files.writeString(
                file,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        return file.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
