package dev.rebound.binding;

/** Unicode rules for text the API accepts. */
public final class TextRules {

    private TextRules() {}

    /** Returns why the text cannot be accepted, or {@code null} when it is fine. */
    public static String unsafeCharacterProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired surrogate (invalid Unicode)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired surrogate (invalid Unicode)";
            }
        }
        return null;
    }
}
