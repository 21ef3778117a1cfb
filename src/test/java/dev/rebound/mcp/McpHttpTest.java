package dev.rebound.mcp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The MCP endpoint at the HTTP level: sign-in and its challenge, the Origin check, the transport's rules. */
@QuarkusTest
class McpHttpTest {

    static final String METADATA_URL = "http://localhost:8080/.well-known/oauth-protected-resource";
    static final String LIST_TOOLS = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";

    private static RequestSpecification mcp(String owner) {
        return given().auth()
                .oauth2(TestTokens.tokenFor(owner))
                .contentType("application/json")
                .accept("application/json, text/event-stream");
    }

    @Test
    void withoutATokenTheAnswerSaysWhereToGetOne() {
        given().contentType("application/json")
                .body(LIST_TOOLS)
                .when()
                .post("/mcp")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer resource_metadata=\"" + METADATA_URL + "\""));
        given().auth()
                .oauth2("not.a.token")
                .contentType("application/json")
                .body(LIST_TOOLS)
                .when()
                .post("/mcp")
                .then()
                .statusCode(401)
                .header(
                        "WWW-Authenticate",
                        equalTo("Bearer error=\"invalid_token\", resource_metadata=\"" + METADATA_URL + "\""));
        // The REST API's challenge is unchanged.
        given().when().get("/v1/rejections").then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void servesTheProtectedResourceMetadata() {
        given().when()
                .get("/.well-known/oauth-protected-resource")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .body("resource", equalTo("http://localhost:8080"))
                .body("authorization_servers", hasItem(TestTokens.ISSUER))
                .body("bearer_methods_supported", equalTo(java.util.List.of("header")))
                .body("resource_name", equalTo("Rebound"));
    }

    @Test
    void refusesOriginsThatAreNotAllowed() {
        String owner = TestTokens.newOwner();
        mcp(owner)
                .header("Origin", "https://evil.example")
                .body(LIST_TOOLS)
                .when()
                .post("/mcp")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .header("Cache-Control", equalTo("no-store"))
                .body("errors[0].field", equalTo("Origin"));
        // JAX-RS drops matrix parameters, so this path reaches the endpoint too: it must be checked the same.
        mcp(owner)
                .header("Origin", "https://evil.example")
                .body(LIST_TOOLS)
                .when()
                .post("/mcp;x=1")
                .then()
                .statusCode(403);
        mcp(owner)
                .header("Origin", "https://jobs.example.com")
                .body(LIST_TOOLS)
                .when()
                .post("/mcp")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://jobs.example.com"));
    }

    @Test
    void answersOneMessagePerPostWithJsonAndNoSession() {
        String owner = TestTokens.newOwner();
        mcp(owner)
                .body(LIST_TOOLS)
                .when()
                .post("/mcp")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Mcp-Session-Id", org.hamcrest.Matchers.nullValue())
                .header("Cache-Control", equalTo("no-store"))
                .body("jsonrpc", equalTo("2.0"))
                .body("id", equalTo(1))
                .body("result.tools.name", hasItem("record_rejection"));
        mcp(owner)
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")
                .when()
                .post("/mcp")
                .then()
                .statusCode(202);
        mcp(owner)
                .body("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}")
                .when()
                .post("/mcp")
                .then()
                .statusCode(200)
                .body("id", equalTo(7));
    }

    @Test
    void refusesWhatTheTransportDoesNotTake() {
        String owner = TestTokens.newOwner();
        mcp(owner).when().get("/mcp").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
        mcp(owner).when().delete("/mcp").then().statusCode(405);
        mcp(owner)
                .header("MCP-Protocol-Version", "2020-01-01")
                .body(LIST_TOOLS)
                .when()
                .post("/mcp")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("MCP-Protocol-Version"));
        mcp(owner)
                .header("MCP-Protocol-Version", "2025-06-18")
                .body(LIST_TOOLS)
                .when()
                .post("/mcp")
                .then()
                .statusCode(200);
        mcp(owner)
                .body("{\"not\":\"json-rpc\"}")
                .when()
                .post("/mcp")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        mcp(owner).body("null").when().post("/mcp").then().statusCode(400);
        mcp(owner)
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,")
                .when()
                .post("/mcp")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void malformedParamsAreInvalidParamsWithoutInternals() {
        String owner = TestTokens.newOwner();
        for (String params :
                java.util.List.of("{\"name\":\"list_rejections\",\"arguments\":\"x\"}", "{\"arguments\":{}}", "[1]")) {
            mcp(owner)
                    .body("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":" + params + "}")
                    .when()
                    .post("/mcp")
                    .then()
                    .statusCode(200)
                    .body("error.code", equalTo(-32602))
                    .body("error.message", org.hamcrest.Matchers.not(containsString("java")));
        }
        mcp(owner)
                .body("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"resources/read\",\"params\":{}}")
                .when()
                .post("/mcp")
                .then()
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("params.uri must be a string"));
    }

    @Test
    void countsToolCallsByToolAndOutcome() {
        String owner = TestTokens.newOwner();
        mcp(owner)
                .body("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"list_rejections\",\"arguments\":{}}}")
                .when()
                .post("/mcp")
                .then()
                .statusCode(200)
                .body("result.isError", org.hamcrest.Matchers.not(equalTo(true)));
        mcp(owner)
                .body("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"get_rejection\",\"arguments\":{\"id\":\"nope\"}}}")
                .when()
                .post("/mcp")
                .then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.structuredContent.status", equalTo(400));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("rebound_mcp_tool_calls_total{outcome=\"success\",tool=\"list_rejections\"}"))
                .body(containsString("rebound_mcp_tool_calls_total{outcome=\"error\",tool=\"get_rejection\"}"));
    }
}
