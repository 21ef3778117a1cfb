package dev.rebound.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseBookTest {

    private static final PhraseBook BOOK = PhraseBook.parse("""
            # a comment
            [signals]
            3 \\bregret to inform
            1.5 \\bunfortunately\\b

            [stage FINAL_INTERVIEW]
            final round
            \\bon-?site\\b
            [stage SCREENING]
            phone screen
            [words en]
            the and
            you
            """);

    @Test
    void readsWeightsAndPhrasesUnescaped() {
        assertThat(BOOK.weighted("signals"))
                .containsExactly(
                        new PhraseBook.Weighted("\\bregret to inform", 3),
                        new PhraseBook.Weighted("\\bunfortunately\\b", 1.5));
    }

    @Test
    void joinsASectionsLinesAsAlternatives() {
        assertThat(BOOK.anyOf("stage FINAL_INTERVIEW")).isEqualTo("final round|\\bon-?site\\b");
        assertThat(Pattern.compile(BOOK.anyOf("stage FINAL_INTERVIEW"))
                        .matcher("the onsite day")
                        .find())
                .isTrue();
    }

    @Test
    void keepsTheBooksOrderForNamedSections() {
        assertThat(BOOK.anyOfEach("stage"))
                .containsExactly(
                        java.util.Map.entry("FINAL_INTERVIEW", "final round|\\bon-?site\\b"),
                        java.util.Map.entry("SCREENING", "phone screen"));
        assertThat(BOOK.words("words en")).isEqualTo(List.of("the", "and", "you"));
    }

    @Test
    void refusesAMissingSectionAPhraseOutsideOneAndARepeatedHeading() {
        assertThatThrownBy(() -> BOOK.lines("role")).hasMessageContaining("[role]");
        assertThatThrownBy(() -> PhraseBook.parse("orphan\n[a]\nx\n")).hasMessageContaining("Line 1");
        assertThatThrownBy(() -> PhraseBook.parse("[a]\nx\n[a]\ny\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> PhraseBook.parse("[w]\nnoweight\n").weighted("w"))
                .hasMessageContaining("a weight and a phrase");
    }

    @Test
    void readsAByteOrderMarkCrlfLineEndsAndBracketsThatAreNoHeading() {
        PhraseBook book = PhraseBook.parse("\uFEFF[a]\r\n\\s*[-–#]\\s*\\d+\r\n[-–#]\r\n");
        assertThat(book.lines("a")).containsExactly("\\s*[-–#]\\s*\\d+", "[-–#]");
    }

    @Test
    void theDraftsBookHasEverySectionTheRulesRead() {
        assertThat(PhraseBook.DRAFTS.weighted("rejection")).isNotEmpty();
        assertThat(PhraseBook.DRAFTS.anyOfEach("stage")).hasSize(5);
        assertThat(PhraseBook.DRAFTS.anyOfEach("reason")).hasSize(4);
    }
}
