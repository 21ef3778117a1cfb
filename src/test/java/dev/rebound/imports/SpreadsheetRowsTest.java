package dev.rebound.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.labels.VocabularyCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetRowsTest {

    private static final VocabularyValues VOCABULARIES = VocabularyValues.of(new VocabularyCatalog());

    private static ObjectNode body(List<String> header, List<String> cells) {
        return new SpreadsheetRows(ImportColumns.of(header), VOCABULARIES).body(cells);
    }

    @Test
    void readsVocabularyValuesByNameOrByTheirEnglishOrSpanishLabel() {
        ObjectNode body = body(
                List.of("Stage", "Channel", "Reason", "Interview format"),
                List.of("Entrevista final", "email", "Eligieron a otra persona", "in-person"));

        assertThat(body.get("stageReached").asText()).isEqualTo("FINAL_INTERVIEW");
        assertThat(body.get("notifiedVia").asText()).isEqualTo("EMAIL");
        assertThat(body.get("reason").asText()).isEqualTo("PREFERRED_ANOTHER_CANDIDATE");
        assertThat(body.get("interviewFormat").asText()).isEqualTo("IN_PERSON");
    }

    @Test
    void passesOnWhatItCannotReadForTheCheckToName() {
        ObjectNode body = body(
                List.of("stageReached", "interviewRound", "rejectedOn", "internalCandidate"),
                List.of("Lunch", "fourth", "18/11/2026", "maybe"));

        assertThat(body.get("stageReached").asText()).isEqualTo("Lunch");
        assertThat(body.get("interviewRound").asText()).isEqualTo("fourth");
        assertThat(body.get("rejectedOn").asText()).isEqualTo("18/11/2026");
        assertThat(body.get("internalCandidate").asText()).isEqualTo("maybe");
    }

    @Test
    void readsNumbersDatesYesNoTagsAndContactsAsPeopleWriteThem() {
        ObjectNode body = body(
                List.of("Round", "Date", "Candidato interno", "Etiquetas", "Contacto", "Email del contacto", "Notas"),
                List.of("4.0", "2026-11-18 09:30", "Sí", "remote, data,, backend ", " Ana ", "ana@example.com", ""));

        assertThat(body.get("interviewRound").asInt()).isEqualTo(4);
        assertThat(body.get("rejectedOn").asText()).isEqualTo("2026-11-18");
        assertThat(body.get("internalCandidate").asBoolean()).isTrue();
        assertThat(body.get("tags").toString()).isEqualTo("[\"remote\",\"data\",\"backend\"]");
        assertThat(body.get("contact").get("name").asText()).isEqualTo("Ana");
        assertThat(body.get("contact").get("email").asText()).isEqualTo("ana@example.com");
        assertThat(body.has("notes")).as("an empty cell leaves its field out").isFalse();
    }

    @Test
    void takesOffTheQuoteOurExportPutsBeforeAFormulaAndNoOther() {
        assertThat(SpreadsheetRows.cell("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(SpreadsheetRows.cell("'- try again in spring")).isEqualTo("- try again in spring");
        assertThat(SpreadsheetRows.cell("'Tis the season")).isEqualTo("'Tis the season");
    }
}
