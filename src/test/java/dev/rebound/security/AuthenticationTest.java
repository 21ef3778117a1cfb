package dev.rebound.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationTest {

    private static final List<Function<RequestSpecification, io.restassured.response.Response>> EVERY_OPERATION =
            List.of(
                    r -> r.contentType("application/json")
                            .body(Samples.minimal())
                            .post("/v1/rejections"),
                    r -> r.get("/v1/rejections"),
                    r -> r.get("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b"),
                    r -> r.contentType("application/merge-patch+json")
                            .body("{}")
                            .patch("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b"),
                    r -> r.delete("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b"),
                    r -> r.get("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b/feedback"),
                    r -> r.contentType("application/json")
                            .body("{\"summary\":\"Kind words.\"}")
                            .put("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b/feedback"),
                    r -> r.delete("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b/feedback"),
                    r -> r.get("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b/reflection"),
                    r -> r.contentType("application/json")
                            .body("{\"lessons\":\"Prepare examples.\"}")
                            .put("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b/reflection"),
                    r -> r.delete("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b/reflection"));

    private static void assertUnauthorized(io.restassured.response.Response response) {
        response.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://rebound.dev/problems/unauthorized"))
                .body("status", equalTo(401));
    }

    private static void assertRejected(String token) {
        for (var operation : EVERY_OPERATION) {
            assertUnauthorized(operation.apply(Api.withToken(token)));
        }
    }

    @Test
    void rejectsRequestsWithoutToken() {
        for (var operation : EVERY_OPERATION) {
            assertUnauthorized(operation.apply(Api.anonymous()));
        }
    }

    @Test
    void aMissingTokenIsNamedAsMissingOnEveryOperation() {
        for (var operation : EVERY_OPERATION) {
            operation
                    .apply(Api.anonymous())
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("detail", startsWith("This operation needs a bearer token"));
        }
    }

    @Test
    void rejectsGarbageToken() {
        assertRejected("not-a-jwt");
    }

    @Test
    void rejectsExpiredToken() {
        assertRejected(Jwt.issuer(TestTokens.ISSUER)
                .subject("someone")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign(TestTokens.privateKey()));
    }

    @Test
    void rejectsTokenFromAnotherIssuer() {
        assertRejected(Jwt.issuer("https://evil.example").subject("someone").sign(TestTokens.privateKey()));
    }

    @Test
    void rejectsTokenForAnotherAudienceOrNone() {
        assertRejected(TestTokens.claimsFor("someone").audience("another-app").sign(TestTokens.privateKey()));
        assertRejected(Jwt.issuer(TestTokens.ISSUER)
                .subject("someone")
                .issuedAt(Instant.now())
                .expiresIn(600)
                .sign(TestTokens.privateKey()));
    }

    @Test
    void rejectsTokenSignedWithAnotherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertRejected(
                TestTokens.claimsFor("someone").sign(generator.generateKeyPair().getPrivate()));
    }

    @Test
    void rejectsUnsignedToken() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String payload = encoder.encodeToString(("{\"iss\":\"" + TestTokens.ISSUER + "\",\"sub\":\"someone\",\"exp\":"
                        + (Instant.now().getEpochSecond() + 600) + "}")
                .getBytes());
        assertRejected(header + "." + payload + ".");
    }

    @Test
    void rejectsTokenNotYetValid() {
        assertRejected(TestTokens.claimsFor("someone")
                .claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())
                .sign(TestTokens.privateKey()));
    }

    @Test
    void rejectsHmacTokenKeyedWithThePublicKey() throws Exception {
        // The classic algorithm-confusion attack: HS256 with the RSA public key's bytes as the shared secret.
        byte[] publicKey = java.nio.file.Files.readAllBytes(TestTokens.PUBLIC_KEY);
        javax.crypto.spec.SecretKeySpec secret = new javax.crypto.spec.SecretKeySpec(publicKey, "HmacSHA256");
        assertRejected(TestTokens.claimsFor("someone")
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(secret));
    }

    @Test
    void rejectsTokenWithoutSubject() {
        assertRejected(Jwt.issuer(TestTokens.ISSUER)
                .upn("someone@example.com")
                .claim("name", "No Subject")
                .expiresIn(600)
                .sign(TestTokens.privateKey()));
    }

    @Test
    void identifiesOwnerBySubjectNotUpn() {
        String subject = TestTokens.newOwner();
        String token = TestTokens.claimsFor(subject).upn("shared@example.com").sign(TestTokens.privateKey());
        String id = Api.withToken(token)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String sameUpnOtherSubject = TestTokens.claimsFor(TestTokens.newOwner())
                .upn("shared@example.com")
                .sign(TestTokens.privateKey());
        Api.withToken(sameUpnOtherSubject)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .statusCode(404);
        Api.as(subject).when().get("/v1/rejections/" + id).then().statusCode(200);
    }
}
