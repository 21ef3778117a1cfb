package dev.rebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.support.Api;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CachingJwtParserTest {

    @Inject
    JWTParser parser;

    @Test
    void requestsAreAuthenticatedThroughTheCache() {
        assertThat(parser).isInstanceOf(CachingJwtParser.class);
    }

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromTheCache() throws ParseException {
        String token = TestTokens.tokenFor(TestTokens.newOwner());

        JsonWebToken first = parser.parse(token);
        JsonWebToken second = parser.parse(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo(first.getSubject());
    }

    @Test
    void aTamperedCopyOfACachedTokenIsStillRefused() {
        String token = TestTokens.tokenFor(TestTokens.newOwner());
        Api.withToken(token).get("/v1/rejections").then().statusCode(200);

        char last = token.charAt(token.length() - 2);
        String tampered =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        Api.withToken(tampered).get("/v1/rejections").then().statusCode(401);
        Api.withToken(token).get("/v1/rejections").then().statusCode(200);
    }

    @Test
    void refusedTokensAreNotRemembered() {
        String wrongIssuer = TestTokens.claimsFor(TestTokens.newOwner())
                .issuer("https://evil.example")
                .sign(TestTokens.privateKey());
        Api.withToken(wrongIssuer).get("/v1/rejections").then().statusCode(401);
        Api.withToken(wrongIssuer).get("/v1/rejections").then().statusCode(401);
    }
}
