package dev.rebound.binding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    private static final String NUL = "must not contain the NUL character (U+0000)";
    private static final String SURROGATE = "must not contain an unpaired surrogate (invalid Unicode)";

    @Test
    void acceptsPlainText() {
        assertThat(TextRules.unsafeCharacterProblem("Nordlicht Analytics")).isNull();
    }

    @Test
    void acceptsEmptyText() {
        assertThat(TextRules.unsafeCharacterProblem("")).isNull();
    }

    @Test
    void rejectsNul() {
        assertThat(TextRules.unsafeCharacterProblem("abc\u0000def")).isEqualTo(NUL);
    }

    @Test
    void rejectsNulAlone() {
        assertThat(TextRules.unsafeCharacterProblem("\u0000")).isEqualTo(NUL);
    }

    @Test
    void rejectsLoneHighSurrogate() {
        assertThat(TextRules.unsafeCharacterProblem("a\uD83Db")).isEqualTo(SURROGATE);
    }

    @Test
    void rejectsLoneLowSurrogate() {
        assertThat(TextRules.unsafeCharacterProblem("a\uDE00b")).isEqualTo(SURROGATE);
    }

    @Test
    void rejectsHighSurrogateAtEnd() {
        assertThat(TextRules.unsafeCharacterProblem("abc\uD83D")).isEqualTo(SURROGATE);
    }

    @Test
    void rejectsLowSurrogateAtStart() {
        assertThat(TextRules.unsafeCharacterProblem("\uDE00abc")).isEqualTo(SURROGATE);
    }

    @Test
    void rejectsSurrogatesInTheWrongOrder() {
        assertThat(TextRules.unsafeCharacterProblem("\uDE00\uD83D")).isEqualTo(SURROGATE);
    }

    @Test
    void rejectsTwoHighSurrogatesInARow() {
        assertThat(TextRules.unsafeCharacterProblem("\uD83D\uD83D\uDE00")).isEqualTo(SURROGATE);
    }

    @Test
    void acceptsEmoji() {
        assertThat(TextRules.unsafeCharacterProblem("Rejected again \uD83D\uDE05\uD83D\uDC4D"))
                .isNull();
    }

    @Test
    void acceptsEmojiZwjSequenceAndFlag() {
        // family (man ZWJ woman ZWJ girl) and the flag of Germany (regional indicators D, E)
        assertThat(TextRules.unsafeCharacterProblem(
                        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDE9\uD83C\uDDEA"))
                .isNull();
    }

    @Test
    void acceptsRightToLeftText() {
        assertThat(TextRules.unsafeCharacterProblem(
                        "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u202Babc\u202C"))
                .isNull();
    }

    @Test
    void acceptsCombiningMarks() {
        // e + combining acute, n + combining tilde, a + several stacked marks
        assertThat(TextRules.unsafeCharacterProblem("Jose\u0301 Pen\u0303a a\u0300\u0301\u0302"))
                .isNull();
    }

    @Test
    void acceptsOtherControlCharactersThanNul() {
        assertThat(TextRules.unsafeCharacterProblem("line\nnext\ttab\r")).isNull();
    }
}
