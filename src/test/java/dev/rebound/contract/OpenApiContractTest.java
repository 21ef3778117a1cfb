package dev.rebound.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rebound.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servesTheCheckedInContractUnchanged() throws Exception {
        String served = given().accept("application/yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType(containsString("yaml"))
                .extract()
                .asString();
        assertThat(YAML.readTree(served)).isEqualTo(YAML.readTree(Api.contract()));
        // Byte for byte, so that YAML 1.1 parsers read quoted example dates as strings, as in the file.
        assertThat(served).isEqualTo(Api.contract());
        assertThat(given().when()
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .isEqualTo(Api.contract());
    }

    @Test
    void servesTheContractAsJsonToo() throws Exception {
        String served = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(new ObjectMapper().readTree(served)).isEqualTo(YAML.readTree(Api.contract()));
        String byAccept = given().accept("application/json")
                .when()
                .get("/q/openapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        assertThat(new ObjectMapper().readTree(byAccept)).isEqualTo(YAML.readTree(Api.contract()));
    }

    @Test
    void answersHeadWithTheHeadersOfGet() {
        int length = given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray()
                .length;
        given().when()
                .head("/q/openapi")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .header("Content-Length", String.valueOf(length));
    }

    @Test
    void servesSwaggerUi() {
        given().redirects()
                .follow(true)
                .when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void reportsLiveAndReadyWithDatabaseCheck() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }
}
