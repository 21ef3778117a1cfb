package dev.rebound.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Single wordings, one sentence each, beside the corpus of whole e-mails. */
class DraftRulesTest {

    private static DraftReading read(String text) {
        return DraftRules.read(Email.pasted(text, null, null), null, LocalDate.of(2026, 12, 6), ZoneOffset.UTC);
    }

    private static String reason(DraftReading reading) {
        return reading.found().stream()
                .filter(found -> found.field().equals("reason"))
                .map(found -> String.valueOf(found.value()))
                .findFirst()
                .orElse(null);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Thank you for applying. Your application was unsuccessful on this occasion.|NOT_GIVEN",
                "Thanks for your time. We won't be moving forward at this stage.|NOT_GIVEN",
                "After some thought we have decided to go in a different direction for this role.|NOT_GIVEN",
                "We have decided to close the position, so we are not able to move forward.|ROLE_CLOSED_OR_CANCELLED",
                "Unfortunately we have filled the position with an internal hire.|INTERNAL_CANDIDATE_CHOSEN",
                "Unfortunately your profile does not meet our requirements for this role.|SKILLS_OR_EXPERIENCE_GAP",
                "Gracias por tu interés. No continuaremos con tu candidatura en esta ocasión.|NOT_GIVEN",
                "Lamentablemente hemos cubierto la vacante con otra persona.|ROLE_CLOSED_OR_CANCELLED",
                "Sentimos decirte que no has superado la prueba técnica del proceso.|NOT_GIVEN",
                "Lamentablemente tu candidatura no cumple con los requisitos del puesto.|SKILLS_OR_EXPERIENCE_GAP",
            })
    void readsTheseWordingsAsRejections(String text, String reason) {
        DraftReading reading = read(text);

        assertThat(reading.rejection()).as(text).isTrue();
        assertThat(reason(reading)).as(text).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Congratulations! Your interview has been scheduled for Monday at 10:00.",
                "Your application is under review and we will be in touch soon.",
                "Unfortunately the office is closed on Friday; your interview is confirmed for Monday.",
                "¡Enhorabuena! Tu entrevista está confirmada para el lunes.",
            })
    void doesNotReadTheseAsRejections(String text) {
        assertThat(read(text).rejection()).as(text).isFalse();
    }
}
