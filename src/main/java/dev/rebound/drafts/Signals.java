package dev.rebound.drafts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases, in English and Spanish, that say what an e-mail is (from the phrase book). Each has a weight: how surely
 * it says so on its own.
 */
final class Signals {

    private Signals() {}

    record Signal(Pattern pattern, double weight) {

        static Signal of(String regex, double weight) {
            return new Signal(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), weight);
        }

        Matcher in(String text) {
            return pattern.matcher(text);
        }
    }

    /** That the application will go no further. */
    static final List<Signal> REJECTION = signals("rejection");

    /** That it is something else: an invitation, an offer, a receipt, a note that review goes on, a job alert. */
    static final List<Signal> OTHER = signals("not a rejection");

    private static List<Signal> signals(String section) {
        return PhraseBook.DRAFTS.weighted(section).stream()
                .map(phrase -> Signal.of(phrase.regex(), phrase.weight()))
                .toList();
    }

    /** The sum of the weights of the signals found, each counted once. */
    static double weight(List<Signal> signals, String text) {
        return signals.stream()
                .filter(signal -> signal.in(text).find())
                .mapToDouble(Signal::weight)
                .sum();
    }
}
