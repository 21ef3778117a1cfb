package dev.rebound.rejection;

import static org.hamcrest.Matchers.equalTo;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RejectionSmokeTest {

    @Test
    void createsAndReadsBack() {
        String owner = TestTokens.newOwner();
        String id = Api.as(owner).contentType("application/json").body(Samples.full())
                .when().post("/v1/rejections")
                .then().statusCode(201).extract().path("id");
        Api.as(owner).when().get("/v1/rejections/" + id).then().statusCode(200).body("company", equalTo("Nordlicht Analytics"));
    }
}
