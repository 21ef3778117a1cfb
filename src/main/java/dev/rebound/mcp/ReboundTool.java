package dev.rebound.mcp;

import dev.rebound.ratelimit.OwnerBudgets;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.function.Function;

/**
 * One MCP tool: what a model reads about it, the JSON Schemas of what it takes and gives, and the call into the
 * service that does the work, which answers with what the REST operation answers.
 */
record ReboundTool(
        String name,
        String title,
        String description,
        Map<String, Object> input,
        Map<String, Object> output,
        Effect effect,
        Function<ToolArguments, Object> work) {

    /** What a call does to the person's data; it sets the annotations and the budget a call spends from. */
    enum Effect {
        /** Reads only. */
        READS,
        /** Adds something new each time it is called (without an idempotency key). */
        CREATES,
        /**
         * Sets something to the given state, replacing what was there (destructive in MCP's sense: not only
         * additive); calling it again changes nothing more.
         */
        UPDATES,
        /** Removes something for good. */
        REMOVES;

        OwnerBudgets.Policy budget() {
            return this == READS ? OwnerBudgets.Policy.READS : OwnerBudgets.Policy.WRITES;
        }
    }

    McpSchema.Tool definition() {
        return McpSchema.Tool.builder()
                .name(name)
                .title(title)
                .description(description)
                .inputSchema(input)
                .outputSchema(output)
                .annotations(McpSchema.ToolAnnotations.builder()
                        .title(title)
                        .readOnlyHint(effect == Effect.READS)
                        .destructiveHint(effect == Effect.UPDATES || effect == Effect.REMOVES)
                        .idempotentHint(effect != Effect.CREATES)
                        .openWorldHint(false)
                        .build())
                .build();
    }
}
