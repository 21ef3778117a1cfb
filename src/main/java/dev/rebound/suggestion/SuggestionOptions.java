package dev.rebound.suggestion;

import dev.rebound.api.model.Tone;
import dev.rebound.binding.LanguageParams;
import dev.rebound.binding.TextLengthValidator;
import dev.rebound.binding.TextRules;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.vocabulary.MessageLocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** How to write a suggestion set: tone, language and the name to sign with ({@code null} for none). */
public record SuggestionOptions(Tone tone, MessageLocale locale, String senderName) {

    static final int MAX_SENDER_NAME = 100;

    public static final SuggestionOptions DEFAULT = new SuggestionOptions(Tone.WARM, MessageLocale.EN, null);

    /**
     * Resolves the query options, falling back to the {@code Accept-Language} header for the language
     * and to the token's {@code name} claim for the signature. One 400 names every bad option.
     */
    public static SuggestionOptions resolve(
            String tone, String locale, String senderName, String acceptLanguage, String nameClaim) {
        List<FieldError> errors = new ArrayList<>();
        Tone chosenTone = Tone.WARM;
        if (tone != null && !tone.isEmpty()) {
            chosenTone = Arrays.stream(Tone.values())
                    .filter(t -> t.name().equals(tone))
                    .findFirst()
                    .orElse(null);
            if (chosenTone == null) {
                errors.add(new FieldError(
                        "tone",
                        "must be one of "
                                + Arrays.stream(Tone.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        MessageLocale chosenLocale = LanguageParams.choose(locale, acceptLanguage, errors);
        String signature = null;
        if (senderName != null && !TextLengthValidator.isBlank(senderName)) {
            String name = senderName.strip();
            String unsafe = TextRules.unsafeCharacterProblem(name);
            if (unsafe != null) {
                errors.add(new FieldError("senderName", unsafe));
            } else if (name.codePoints().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError("senderName", "must be one line, without control characters"));
            } else if (name.codePointCount(0, name.length()) > MAX_SENDER_NAME) {
                errors.add(new FieldError("senderName", "must be at most " + MAX_SENDER_NAME + " characters long"));
            } else {
                signature = name;
            }
        } else if (nameClaim != null
                && !TextLengthValidator.isBlank(nameClaim)
                && TextRules.unsafeCharacterProblem(nameClaim) == null
                && nameClaim.codePointCount(0, nameClaim.length()) <= MAX_SENDER_NAME) {
            // An unusable name claim is not the client's mistake: sign without a name instead of failing.
            signature = nameClaim;
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SuggestionOptions(chosenTone, chosenLocale, signature);
    }
}
