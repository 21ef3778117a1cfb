package dev.rebound.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static CsvTable read(String text) {
        return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), 10);
    }

    @Test
    void detectsSemicolonsAndDropsTheByteOrderMark() {
        CsvTable table = read("\uFEFFEmpresa;Puesto\nAcme, Inc.;Dev\n");

        assertThat(table.header()).containsExactly("Empresa", "Puesto");
        assertThat(table.rows()).containsExactly(List.of("Acme, Inc.", "Dev"));
    }

    @Test
    void keepsSeparatorsQuotesAndLineBreaksInsideQuotedCellsWhateverTheLineEnds() {
        CsvTable table = read("company,notes\r\n\"A, B\",\"said \"\"no\"\"\nthen yes\"\rC,plain\nD,last");

        assertThat(table.rows())
                .containsExactly(List.of("A, B", "said \"no\"\nthen yes"), List.of("C", "plain"), List.of("D", "last"));
    }

    @Test
    void countsCommasOnlyOutsideQuotesWhenChoosingTheSeparator() {
        assertThat(CsvTable.separator("\"a,b,c\";x;y\n1,2,3,4")).isEqualTo(';');
        assertThat(CsvTable.separator("a,b;c,d")).isEqualTo(',');
    }

    @Test
    void anUnclosedQuoteIsA400NamingTheLine() {
        assertThatThrownBy(() -> read("company,role\nA,B\n\"C,D\nE,F"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_BODY);
                    assertThat(e.getMessage()).contains("line").contains("never closed");
                });
    }

    @Test
    void bytesThatAreNotUtf8AreA400NamingTheirLine() {
        byte[] latin1 = "company\nAcme\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CsvTable.read(latin1, 10))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.getMessage()).contains("not UTF-8").contains("line 3"));
    }

    @Test
    void anEmptyFileIsA400() {
        assertThatThrownBy(() -> read(" \n")).isInstanceOf(ProblemException.class);
    }

    @Test
    void oneRowMoreThanTheLimitIsA413NamingIt() {
        StringBuilder text = new StringBuilder("company\n");
        for (int i = 0; i < 11; i++) {
            text.append("c").append(i).append('\n');
        }
        assertThatThrownBy(() -> read(text.toString())).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
            assertThat(e.getMessage()).contains("more than 10 rows");
        });
        assertThat(read(text.substring(0, text.lastIndexOf("c10"))).rows()).hasSize(10);
    }

    @Test
    void rowsWithNothingInThemDoNotCountTowardsTheLimitButKeepTheirNumbers() {
        StringBuilder text = new StringBuilder("company,role\n");
        for (int i = 0; i < 10; i++) {
            text.append("c").append(i).append(",r\n,\n\n");
        }

        CsvTable table = read(text.toString());

        assertThat(table.rows()).hasSize(30);
        assertThat(table.rows().get(3)).containsExactly("c1", "r");
    }
}
