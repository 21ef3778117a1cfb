package dev.rebound.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportColumnsTest {

    @Test
    void matchesHeadersWithoutRegardToCaseAccentsSpacesHyphensAndUnderscores() {
        ImportColumns columns = ImportColumns.of(List.of(
                "EMPRESA", "job-title", "Stage_Reached", "fecha de rechazo", "Canal", "Autoevaluacion", "Etiquetas"));

        assertThat(columns.fields())
                .containsEntry(ImportField.COMPANY, 0)
                .containsEntry(ImportField.ROLE, 1)
                .containsEntry(ImportField.STAGE_REACHED, 2)
                .containsEntry(ImportField.REJECTED_ON, 3)
                .containsEntry(ImportField.NOTIFIED_VIA, 4)
                .containsEntry(ImportField.SELF_ASSESSMENT, 5)
                .containsEntry(ImportField.TAGS, 6);
        assertThat(columns.ignored()).isEmpty();
    }

    @Test
    void readsEachFieldFromItsOwnNameAndIgnoresColumnsThatNameNone() {
        List<String> header = new ArrayList<>(List.of("id"));
        Arrays.stream(ImportField.values()).map(field -> field.headers().get(0)).forEach(header::add);
        header.add("status");

        ImportColumns columns = ImportColumns.of(header);

        assertThat(columns.fields()).hasSize(ImportField.values().length);
        assertThat(columns.ignored()).containsExactly("id", "status");
    }

    @Test
    void tellsContactColumnsFromTheRoleAndIgnoresASecondColumnForOneField() {
        ImportColumns columns = ImportColumns.of(
                List.of("Cargo", "Cargo del contacto", "Email del contacto", "Contacto", "Puesto", " ", "Color"));

        assertThat(columns.fields())
                .containsEntry(ImportField.ROLE, 0)
                .containsEntry(ImportField.CONTACT_TITLE, 1)
                .containsEntry(ImportField.CONTACT_EMAIL, 2)
                .containsEntry(ImportField.CONTACT_NAME, 3);
        assertThat(columns.ignored()).containsExactly("Puesto", "Color");
    }

    @Test
    void aHeaderWithNoKnownColumnIsNotRecognised() {
        assertThat(ImportColumns.of(List.of("a", "b")).recognised()).isFalse();
        assertThat(ImportColumns.of(List.of("a", "Company")).recognised()).isTrue();
    }
}
