package dev.rebound.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Request specifications for API tests. Every response is validated against openapi.yaml, so a test
 * fails when the service answers anything the contract does not describe. Requests are not validated:
 * tests send invalid requests on purpose.
 */
public final class Api {

    private static final OpenApiValidationFilter CONTRACT =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(contract())
                    // Merge allOf parts before validating, so that a schema extending another may add properties.
                    .withResolveCombinators(true)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {}

    /** A request with no credentials. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(CONTRACT);
    }

    /** A request authenticated as the given owner. */
    public static RequestSpecification as(String owner) {
        return withToken(TestTokens.tokenFor(owner));
    }

    public static RequestSpecification withToken(String token) {
        return anonymous().auth().oauth2(token);
    }

    public static String contract() {
        try {
            return Files.readString(Path.of("openapi.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
