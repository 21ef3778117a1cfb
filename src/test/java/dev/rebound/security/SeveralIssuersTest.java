package dev.rebound.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two further issuers beside the default one: "boardb" with a PEM key, and "rotating" whose keys come from a
 * JWKS that the test changes. The same {@code sub} under two issuers is two people.
 */
@QuarkusTest
@TestProfile(SeveralIssuersTest.TwoMoreIssuers.class)
class SeveralIssuersTest {

    static final String BOARD_B = "https://idp.board-b.example/";
    static final String BOARD_B_AUDIENCE = "rebound-board-b";
    static final String ROTATING = "https://login.rotating.example/tenant";
    static final String ROTATING_AUDIENCE = "rebound-rotating";
    /*
     * Keys and the JWKS live in files: the profile and the test may be loaded by different class loaders, and
     * must still agree on them.
     */
    static final Path KEYS = Path.of("target/test-issuers");
    static final KeyPair BOARD_B_KEY = keyPair("board-b");
    static final KeyPair FIRST_KEY = keyPair("first");
    static final KeyPair SECOND_KEY = keyPair("second");
    static final Path JWKS = KEYS.resolve("jwks.json");

    public static class TwoMoreIssuers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "rebound.auth.issuers.boardb.issuer", BOARD_B,
                    "rebound.auth.issuers.boardb.publickey-location",
                            KEYS.resolve("board-b.public.pem").toAbsolutePath().toString(),
                    "rebound.auth.issuers.boardb.audiences", BOARD_B_AUDIENCE,
                    "rebound.auth.issuers.rotating.issuer", ROTATING,
                    "rebound.auth.issuers.rotating.publickey-location", "http://127.0.0.1:" + jwksServer() + "/jwks",
                    "rebound.auth.issuers.rotating.audiences", ROTATING_AUDIENCE,
                    // An unknown key id fetches the JWKS again at once (the default waits up to 30 minutes).
                    "smallrye.jwt.jwks.forced-refresh-interval", "0");
        }
    }

    @Test
    void theSameSubjectUnderTwoIssuersIsTwoPeople() {
        String subject = "shared-" + UUID.randomUUID();
        RequestSpecification ofDefault = Api.withToken(TestTokens.tokenFor(subject));
        String id = ofDefault
                .contentType("application/json")
                .body(Samples.full())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String record = "/v1/rejections/" + id;

        String boardB = boardBToken(subject);
        Api.withToken(boardB)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        Api.withToken(boardB).when().get(record).then().statusCode(404);
        Api.withToken(boardB)
                .contentType("application/merge-patch+json")
                .body("{\"notes\":\"not mine\"}")
                .when()
                .patch(record)
                .then()
                .statusCode(404);
        Api.withToken(boardB).when().get(record + "/suggestions").then().statusCode(404);
        Api.withToken(boardB).when().get(record + "/feedback").then().statusCode(404);
        Api.withToken(boardB).when().get(record + "/reflection").then().statusCode(404);
        Api.withToken(boardB)
                .contentType("application/json")
                .body(Map.of("status", "SKIPPED"))
                .when()
                .patch(record + "/plan/REFLECT")
                .then()
                .statusCode(404);
        Api.withToken(boardB).when().delete(record).then().statusCode(404);
        Api.withToken(boardB)
                .queryParam("dueBefore", Samples.todayUtc().plusDays(400).toString())
                .when()
                .get("/v1/reminders")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        Api.withToken(boardB).when().get("/v1/insights").then().statusCode(200).body("totalRejections", equalTo(0));
        Api.withToken(boardB).when().get("/v1/export").then().statusCode(200).body("rejections.size()", equalTo(0));
        Api.withToken(boardB)
                .when()
                .get("/v1/calendar-feed")
                .then()
                .statusCode(200)
                .body("exists", equalTo(false));

        // Board B's own record, then its erasure: the default issuer's person keeps theirs.
        String theirs = Api.withToken(boardB)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ofDefault.when().get("/v1/rejections/" + theirs).then().statusCode(404);
        Api.withToken(boardB).when().delete("/v1/me").then().statusCode(204);
        Api.withToken(boardB).when().get("/v1/rejections").then().body("totalItems", equalTo(0));
        ofDefault
                .when()
                .get("/v1/rejections")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void anIdempotencyKeyIsPerIssuerToo() {
        String subject = "keyed-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String first = Api.withToken(TestTokens.tokenFor(subject))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String second = Api.withToken(boardBToken(subject))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(second)
                .as("a record of its own, not a replay of the other person's")
                .isNotEqualTo(first);
    }

    @Test
    void refusesAnIssuerNobodyConfigured() {
        String stranger = Jwt.issuer("https://idp.stranger.example/")
                .audience(BOARD_B_AUDIENCE)
                .subject("x")
                .issuedAt(Instant.now())
                .expiresIn(600)
                .sign(BOARD_B_KEY.getPrivate());
        Api.withToken(stranger)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void eachIssuerHasItsOwnKeyAndAudience() {
        String wrongAudience = Jwt.issuer(BOARD_B)
                .audience(TestTokens.AUDIENCE)
                .subject("x")
                .issuedAt(Instant.now())
                .expiresIn(600)
                .sign(BOARD_B_KEY.getPrivate());
        Api.withToken(wrongAudience).when().get("/v1/rejections").then().statusCode(401);
        String defaultKey = Jwt.issuer(BOARD_B)
                .audience(BOARD_B_AUDIENCE)
                .subject("x")
                .issuedAt(Instant.now())
                .expiresIn(600)
                .sign(TestTokens.privateKey());
        Api.withToken(defaultKey).when().get("/v1/rejections").then().statusCode(401);
        String boardBKeyForDefaultIssuer = TestTokens.claimsFor("x").sign(BOARD_B_KEY.getPrivate());
        Api.withToken(boardBKeyForDefaultIssuer)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(401);
    }

    @Test
    void followsARotationOfTheJwks() throws IOException, InterruptedException {
        serve(Map.of("first", FIRST_KEY));
        Api.withToken(rotatingToken("first", FIRST_KEY))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200);

        serve(Map.of("second", SECOND_KEY));
        // jose4j answers a refresh within 300 ms of the last fetch from its cache; a real rotation comes later.
        Thread.sleep(1000);
        Api.withToken(rotatingToken("second", SECOND_KEY))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200);
        Api.withToken(rotatingToken("first", FIRST_KEY))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(401);
    }

    @Test
    void countsRequestsAndRefusalsPerIssuer() {
        double requests = counter("rebound_auth_requests_total", "boardb");
        double refused = counter("rebound_auth_unauthorized_total", "unknown");
        Api.withToken(boardBToken("counted"))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200);
        Api.withToken(Jwt.issuer("https://idp.nobody.example/")
                        .subject("x")
                        .expiresIn(600)
                        .sign(BOARD_B_KEY.getPrivate()))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(401);

        assertThat(counter("rebound_auth_requests_total", "boardb")).isEqualTo(requests + 1);
        assertThat(counter("rebound_auth_unauthorized_total", "unknown")).isEqualTo(refused + 1);
    }

    private static double counter(String name, String issuer) {
        String prefix = name + "{issuer=\"" + issuer + "\"} ";
        return RestAssured.get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix));
    }

    private static String boardBToken(String subject) {
        return Jwt.issuer(BOARD_B)
                .audience(BOARD_B_AUDIENCE)
                .subject(subject)
                .issuedAt(Instant.now())
                .expiresIn(600)
                .sign(BOARD_B_KEY.getPrivate());
    }

    private static String rotatingToken(String keyId, KeyPair key) {
        return Jwt.issuer(ROTATING)
                .audience(ROTATING_AUDIENCE)
                .subject("rotating-" + UUID.randomUUID())
                .issuedAt(Instant.now())
                .expiresIn(600)
                .jws()
                .keyId(keyId)
                .sign(key.getPrivate());
    }

    /** A key pair kept as PEM files under target/, made on first use. */
    private static synchronized KeyPair keyPair(String name) {
        Path privatePem = KEYS.resolve(name + ".private.pem");
        Path publicPem = KEYS.resolve(name + ".public.pem");
        try {
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair made = generator.generateKeyPair();
                Files.createDirectories(KEYS);
                Files.writeString(publicPem, pem("PUBLIC KEY", made.getPublic().getEncoded()));
                Files.writeString(
                        privatePem, pem("PRIVATE KEY", made.getPrivate().getEncoded()));
            }
            return new KeyPair(
                    KeyUtils.decodePublicKey(Files.readString(publicPem)),
                    KeyUtils.decodePrivateKey(Files.readString(privatePem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }

    private static void serve(Map<String, KeyPair> keys) throws IOException {
        Files.writeString(JWKS, jwksOf(keys));
    }

    private static String jwksOf(Map<String, KeyPair> keys) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        StringBuilder json = new StringBuilder("{\"keys\":[");
        keys.forEach((id, key) -> {
            RSAPublicKey rsa = (RSAPublicKey) key.getPublic();
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                    .append("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"")
                    .append(id)
                    .append("\",\"n\":\"")
                    .append(url.encodeToString(unsigned(rsa.getModulus().toByteArray())))
                    .append("\",\"e\":\"")
                    .append(url.encodeToString(unsigned(rsa.getPublicExponent().toByteArray())))
                    .append("\"}");
        });
        return json.append("]}").toString();
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static int server = -1;

    /** A JWKS endpoint on loopback, serving the JWKS file as it is at each request. */
    private static synchronized int jwksServer() {
        if (server < 0) {
            try {
                HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                Files.writeString(JWKS, jwksOf(Map.of("first", FIRST_KEY)));
                http.createContext("/jwks", exchange -> {
                    byte[] body = Files.readAllBytes(JWKS);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                http.start();
                server = http.getAddress().getPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }
}
