package dev.rebound.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** RFC 7396, appendix A, one test per row, plus immutability of the inputs. */
class MergePatchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static void assertMerge(String target, String patch, String expected) {
        JsonNode targetNode = json(target);
        JsonNode patchNode = json(patch);
        JsonNode targetBefore = targetNode.deepCopy();
        JsonNode patchBefore = patchNode.deepCopy();

        JsonNode result = MergePatch.apply(targetNode, patchNode);

        assertThat(result).isEqualTo(json(expected));
        assertThat(targetNode).as("target must not be changed").isEqualTo(targetBefore);
        assertThat(patchNode).as("patch must not be changed").isEqualTo(patchBefore);
    }

    @Test
    void replacesAMember() {
        assertMerge("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
    }

    @Test
    void addsAMember() {
        assertMerge("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}");
    }

    @Test
    void removesTheOnlyMemberWithNull() {
        assertMerge("{\"a\":\"b\"}", "{\"a\":null}", "{}");
    }

    @Test
    void removesOneOfSeveralMembersWithNull() {
        assertMerge("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}");
    }

    @Test
    void replacesAnArrayWithAString() {
        assertMerge("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
    }

    @Test
    void replacesAStringWithAnArray() {
        assertMerge("{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}");
    }

    @Test
    void mergesNestedObjectsAndRemovesNestedMembers() {
        assertMerge("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}");
    }

    @Test
    void replacesArraysWholeRatherThanMergingThem() {
        assertMerge("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}");
    }

    @Test
    void replacesATopLevelArrayWithAnArray() {
        assertMerge("[\"a\",\"b\"]", "[\"c\",\"d\"]", "[\"c\",\"d\"]");
    }

    @Test
    void replacesAnObjectWithATopLevelArray() {
        assertMerge("{\"a\":\"b\"}", "[\"c\"]", "[\"c\"]");
    }

    @Test
    void replacesAnObjectWithATopLevelNull() {
        assertMerge("{\"a\":\"foo\"}", "null", "null");
    }

    @Test
    void replacesAnObjectWithATopLevelString() {
        assertMerge("{\"a\":\"foo\"}", "\"bar\"", "\"bar\"");
    }

    @Test
    void keepsNullValuesAlreadyInTheTarget() {
        assertMerge("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}");
    }

    @Test
    void replacesAnArrayTargetWithTheObjectPatchDroppingNullMembers() {
        assertMerge("[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}");
    }

    @Test
    void createsMissingNestedObjectsDroppingNullMembers() {
        assertMerge("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}");
    }

    @Test
    void treatsAMissingTargetAsAnEmptyObject() {
        JsonNode patch = json("{\"a\":{\"b\":null,\"c\":1}}");

        assertThat(MergePatch.apply(null, patch)).isEqualTo(json("{\"a\":{\"c\":1}}"));
    }

    @Test
    void returnsTheTargetUnchangedForAnEmptyPatch() {
        assertMerge("{\"a\":{\"b\":[1,2]},\"c\":null}", "{}", "{\"a\":{\"b\":[1,2]},\"c\":null}");
    }

    @Test
    void leavesTargetAndPatchUntouchedOnADeepMerge() {
        JsonNode target = json("{\"company\":\"Acme\",\"contact\":{\"name\":\"Ann\",\"email\":\"ann@acme.example\"},"
                + "\"tags\":[\"remote\"],\"notes\":\"x\"}");
        JsonNode patch = json("{\"contact\":{\"email\":null,\"title\":\"CTO\"},\"tags\":[\"data\"],\"notes\":null,"
                + "\"extra\":{\"k\":{\"v\":1}}}");
        String targetText = target.toString();
        String patchText = patch.toString();

        JsonNode result = MergePatch.apply(target, patch);

        assertThat(result)
                .isEqualTo(json("{\"company\":\"Acme\",\"contact\":{\"name\":\"Ann\",\"title\":\"CTO\"},"
                        + "\"tags\":[\"data\"],\"extra\":{\"k\":{\"v\":1}}}"));
        assertThat(target.toString()).isEqualTo(targetText);
        assertThat(patch.toString()).isEqualTo(patchText);
    }

    @Test
    void returnsAResultThatSharesNoNodesWithItsInputs() {
        JsonNode target = json("{\"contact\":{\"name\":\"Ann\"},\"tags\":[\"remote\"]}");
        JsonNode patch = json("{\"contact\":{\"title\":\"CTO\"},\"extra\":{\"k\":1},\"list\":[1]}");
        JsonNode targetBefore = target.deepCopy();
        JsonNode patchBefore = patch.deepCopy();

        JsonNode result = MergePatch.apply(target, patch);
        ((ObjectNode) result.get("contact")).put("name", "changed");
        ((ArrayNode) result.get("tags")).add("changed");
        ((ObjectNode) result.get("extra")).put("k", 2);
        ((ArrayNode) result.get("list")).add(2);
        ((ObjectNode) result).put("new", true);

        assertThat(target).isEqualTo(targetBefore);
        assertThat(patch).isEqualTo(patchBefore);
    }

    @Test
    void returnsACopyOfANonObjectPatch() {
        JsonNode target = json("{\"a\":1}");
        JsonNode patch = json("[1,2]");

        JsonNode result = MergePatch.apply(target, patch);
        ((ArrayNode) result).add(3);

        assertThat(patch).isEqualTo(json("[1,2]"));
        assertThat(target).isEqualTo(json("{\"a\":1}"));
    }
}
