package dev.rebound.rejection;

import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;

/**
 * Strong entity tags made from a record's version, and the {@code If-Match} check (RFC 9110) that lets
 * a client change a record only if nobody changed it since the client read it.
 */
public final class EntityTags {

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Passes when there is no {@code If-Match}, when it is {@code *}, or when one of its tags is the
     * record's current tag. Weak tags never match: If-Match uses strong comparison.
     */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(version);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(
                ProblemType.PRECONDITION_FAILED,
                "The record has changed since you read it (its ETag is now " + current
                        + "). Read it again, then retry with the new ETag in If-Match.");
    }

    /**
     * The {@code If-None-Match} check of a create-or-replace: {@code *} passes only while nothing exists
     * (create, never replace), and a list of tags fails when one of them is the current tag (weak
     * comparison, as RFC 9110 asks for If-None-Match). Passes when the header is absent.
     */
    public static void requireNoneMatch(String ifNoneMatch, Long version, String what) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || version == null) {
            return;
        }
        String current = of(version);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                throw new ProblemException(
                        ProblemType.PRECONDITION_FAILED,
                        "If-None-Match: * creates only, but there" + " is " + what + " already (its ETag is " + current
                                + "). Read it, then replace it with If-Match.");
            }
            if ((tag.startsWith("W/") ? tag.substring(2) : tag).equals(current)) {
                throw new ProblemException(
                        ProblemType.PRECONDITION_FAILED,
                        "If-None-Match names the current ETag " + current + " of the " + what
                                + ", so nothing was changed.");
            }
        }
    }

    /** Both preconditions of a create-or-replace (PUT): {@code If-Match} and {@code If-None-Match}. */
    public record Preconditions(String ifMatch, String ifNoneMatch) {

        public void check(Long version, String what) {
            requireMatch(ifMatch, version, what);
            requireNoneMatch(ifNoneMatch, version, what);
        }
    }

    /**
     * As {@link #requireMatch(String, long)} for a resource that may not exist yet ({@code version} null):
     * then any {@code If-Match}, even {@code *}, fails, as RFC 9110 requires.
     */
    public static void requireMatch(String ifMatch, Long version, String what) {
        if (version != null) {
            requireMatch(ifMatch, version.longValue());
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "If-Match was given, but there is no " + what + " yet to match it.");
        }
    }
}
