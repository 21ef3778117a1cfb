package dev.rebound.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** JSON Merge Patch (RFC 7396). */
public final class MergePatch {

    private MergePatch() {}

    /**
     * Applies {@code patch} to {@code target} and returns the result; neither argument is changed.
     * Objects merge member by member, {@code null} removes a member, anything else replaces it whole.
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> members = patch.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
