package dev.rebound.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.rebound.problem.Problem;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemMappers;
import dev.rebound.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.hibernate.StaleStateException;

/**
 * Runs a tool call and answers with a tool result. The service's answer, in the JSON of the REST operation, is the
 * result's {@code structuredContent} (and, for older clients, its text). A caller's mistake is a result with
 * {@code isError} whose {@code structuredContent} is the problem a REST call would get: the model can read it and
 * correct the call. Anything else is a {@link ServerFaults fault}, answered over HTTP as {@code /v1} answers it.
 */
@ApplicationScoped
@RequiredArgsConstructor
class ToolCalls {

    /** The counter of tool calls, by tool and outcome. */
    static final String METRIC = "rebound.mcp.tool.calls";

    private final ObjectMapper mapper;
    private final ServerFaults faults;
    private final MeterRegistry registry;

    McpStatelessServerFeatures.SyncToolSpecification specification(ReboundTool tool) {
        Outcomes outcomes = new Outcomes(
                counter(tool, Outcome.SUCCESS), counter(tool, Outcome.ERROR), counter(tool, Outcome.FAILURE));
        return new McpStatelessServerFeatures.SyncToolSpecification(
                tool.definition(), (context, request) -> call(tool, request.arguments(), outcomes));
    }

    private McpSchema.CallToolResult call(ReboundTool tool, Map<String, Object> arguments, Outcomes outcomes) {
        try {
            ObjectNode given = arguments == null ? mapper.createObjectNode() : mapper.valueToTree(arguments);
            Object work = tool.work().apply(new ToolArguments(given));
            outcomes.success().increment();
            if (work == null) {
                return McpSchema.CallToolResult.builder()
                        .addTextContent("Done.")
                        .build();
            }
            // Written once: the same JSON is the structured content (raw) and, for older clients, the text.
            String answer = json(work);
            return McpSchema.CallToolResult.builder()
                    .structuredContent(new RawValue(answer))
                    .addTextContent(answer)
                    .build();
        } catch (ProblemException e) {
            if (!isCallersMistake(e.type())) {
                outcomes.failure().increment();
                faults.hold(e);
                return failed();
            }
            outcomes.error().increment();
            return error(e.toProblem());
        } catch (OptimisticLockException | StaleStateException e) {
            // A race that row locks did not cover: as on /v1, the caller reads again and retries.
            outcomes.error().increment();
            return error(ProblemMappers.concurrentChange());
        } catch (RuntimeException e) {
            outcomes.failure().increment();
            faults.hold(e);
            return failed();
        }
    }

    /** 4xx problems, but for a spent budget, which is answered over HTTP with its RateLimit headers. */
    static boolean isCallersMistake(ProblemType type) {
        return type.status() >= 400 && type.status() < 500 && type != ProblemType.TOO_MANY_REQUESTS;
    }

    private McpSchema.CallToolResult error(Problem problem) {
        String json = json(problem);
        return McpSchema.CallToolResult.builder()
                .isError(true)
                .structuredContent(new RawValue(json))
                .addTextContent(json)
                .build();
    }

    /** Never sent: {@link McpEndpoint} answers with the held fault instead. */
    private static McpSchema.CallToolResult failed() {
        return McpSchema.CallToolResult.builder()
                .isError(true)
                .addTextContent("The service failed.")
                .build();
    }

    /** A service answer as JSON text, including one replayed for an idempotency key (the stored bytes). */
    private String json(Object answer) {
        if (answer instanceof byte[] stored) {
            return new String(stored, StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a tool's answer", e);
        }
    }

    private Counter counter(ReboundTool tool, Outcome outcome) {
        return Counter.builder(METRIC)
                .description("MCP tool calls: success, error (the caller's mistake, answered as a tool error)"
                        + " or failure (answered with an HTTP 5xx)")
                .tag("tool", tool.name())
                .tag("outcome", outcome.tag)
                .register(registry);
    }

    enum Outcome {
        SUCCESS("success"),
        ERROR("error"),
        FAILURE("failure");

        final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }
    }

    private record Outcomes(Counter success, Counter error, Counter failure) {}
}
