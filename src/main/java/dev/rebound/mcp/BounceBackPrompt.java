package dev.rebound.mcp;

import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/**
 * The prompt {@code bounce_back}: the conversation Rebound is for, handed to the assistant as a user's request. It
 * walks through telling what happened, recording it, sending the notes and looking back, one step at a time.
 */
final class BounceBackPrompt {

    static final String NAME = "bounce_back";

    private BounceBackPrompt() {}

    static McpStatelessServerFeatures.SyncPromptSpecification specification() {
        McpSchema.Prompt prompt = new McpSchema.Prompt(
                NAME,
                "Bounce back from a rejection",
                "Walks the person through recording a rejection, sending a thank-you note and, where it fits, a"
                        + " feedback request, and reflecting on it.",
                List.of(
                        new McpSchema.PromptArgument("company", "The company that said no, if known.", false),
                        new McpSchema.PromptArgument("role", "The role applied for, if known.", false)));
        return new McpStatelessServerFeatures.SyncPromptSpecification(
                prompt,
                (context, request) -> new McpSchema.GetPromptResult(
                        "Bounce back from a rejection",
                        List.of(new McpSchema.PromptMessage(
                                McpSchema.Role.USER, new McpSchema.TextContent(text(request.arguments()))))));
    }

    static String text(Map<String, Object> arguments) {
        String company = argument(arguments, "company");
        String role = argument(arguments, "role");
        String opening = company == null
                ? "I have just been turned down for a job."
                : "I have just been turned down by " + company + (role == null ? "" : " for the " + role + " role")
                        + ".";
        return opening + """
                 Help me bounce back with Rebound, one step at a time, and keep it kind and short.

                1. Ask me what happened: the company and role, the furthest stage I reached, how I was told and \
                when, whom I met, and anything I want to note. If I paste the rejection e-mail, use \
                draft_from_email and let me correct the draft.
                2. Record it with record_rejection (pass an idempotencyKey). Do not guess fields I did not give.
                3. Show me the thank-you note and let me edit it before I send it myself. Offer the feedback \
                request only when Rebound suggests one, and remind me that many employers never answer.
                4. When I have sent something, mark the plan step with update_plan_step.
                5. Go through a few of the reflection prompts with me and save my answers with save_reflection, \
                in my words. If there was nothing more I could have done, say so plainly.
                6. If I have had several rejections, look at get_insights with me for patterns, without judging.""";
    }

    private static String argument(Map<String, Object> arguments, String name) {
        Object value = arguments == null ? null : arguments.get(name);
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }
}
