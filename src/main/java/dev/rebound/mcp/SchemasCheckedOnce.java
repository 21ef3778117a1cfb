package dev.rebound.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import java.util.Map;

/**
 * The SDK's schema checks, once: each tool's schemas are checked against JSON Schema 2020-12 when the server is built,
 * but a result is not validated against its output schema on every call. A result is the REST operation's answer,
 * which the contract tests hold to {@code openapi.yaml}, and the tests check every tool result against its output
 * schema (McpServerTest with the Java SDK's validator, .ci/mcp-test.sh with the TypeScript client's). Validating on
 * every call took a third of an MCP list call's CPU (JFR), for answers that cannot differ from the tested ones.
 */
final class SchemasCheckedOnce implements JsonSchemaValidator {

    private final DefaultJsonSchemaValidator schemas;

    SchemasCheckedOnce(ObjectMapper mapper) {
        this.schemas = new DefaultJsonSchemaValidator(mapper);
    }

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        return ValidationResponse.asValid(null);
    }

    @Override
    public ValidationResponse validateSchema(Map<String, Object> schema) {
        return schemas.validateSchema(schema);
    }
}
