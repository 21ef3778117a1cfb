package dev.rebound.security;

import static org.hamcrest.Matchers.equalTo;

import dev.rebound.support.Api;
import dev.rebound.support.ConfigOverrides;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** When an audience is configured, only tokens issued for it are accepted. */
@QuarkusTest
@TestProfile(AudienceTest.RequiresAudience.class)
class AudienceTest {

    public static class RequiresAudience extends ConfigOverrides {
        public RequiresAudience() {
            super("mp.jwt.verify.audiences", "rebound-api");
        }
    }

    @Test
    void acceptsTokensForTheConfiguredAudience() {
        String token = TestTokens.claimsFor(TestTokens.newOwner())
                .audience("rebound-api")
                .sign(TestTokens.privateKey());
        Api.withToken(token).when().get("/v1/rejections").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void rejectsTokensForAnotherAudienceOrNone() {
        String other = TestTokens.claimsFor(TestTokens.newOwner())
                .audience("another-api")
                .sign(TestTokens.privateKey());
        Api.withToken(other)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        Api.withToken(TestTokens.tokenFor(TestTokens.newOwner()))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(401);
    }
}
