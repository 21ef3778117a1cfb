package dev.rebound.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.IOException;
import java.io.UncheckedIOException;
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
            JsonNode answer = json(work);
            return McpSchema.CallToolResult.builder()
                    .structuredContent(answer)
                    .addTextContent(answer.toString())
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
        JsonNode json = mapper.valueToTree(problem);
        return McpSchema.CallToolResult.builder()
                .isError(true)
                .structuredContent(json)
                .addTextContent(json.toString())
                .build();
    }

    /** Never sent: {@link McpEndpoint} answers with the held fault instead. */
    private static McpSchema.CallToolResult failed() {
        return McpSchema.CallToolResult.builder()
                .isError(true)
                .addTextContent("The service failed.")
                .build();
    }

    /** A service answer as JSON, including one replayed for an idempotency key (the stored bytes). */
    private JsonNode json(Object answer) {
        if (answer instanceof JsonNode node) {
            return node;
        }
        if (answer instanceof byte[] stored) {
            try {
                return mapper.readTree(stored);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mapper.valueToTree(answer);
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
