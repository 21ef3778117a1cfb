package dev.rebound.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writes generated tables as a spreadsheet would (RFC 4180 quoting, comma or semicolon, any line ends, with or
 * without a byte order mark) and reads them back: every cell comes back exactly, however many quotes,
 * separators, line breaks and formula starts it holds.
 */
class CsvTablePropertiesTest {

    private record Table(List<List<String>> rows, char separator, String lineEnd, boolean byteOrderMark) {}

    @Property(tries = 500)
    void everyTableWrittenAsASpreadsheetWouldReadsBackCellForCell(@ForAll("tables") Table table) {
        StringBuilder file = new StringBuilder(table.byteOrderMark() ? "\uFEFF" : "");
        for (List<String> row : table.rows()) {
            List<String> quoted = new ArrayList<>();
            for (String cell : row) {
                quoted.add(quoted(cell));
            }
            file.append(String.join(String.valueOf(table.separator()), quoted)).append(table.lineEnd());
        }

        CsvTable read = CsvTable.read(file.toString().getBytes(StandardCharsets.UTF_8), 1000);

        assertThat(read.header()).isEqualTo(table.rows().get(0));
        assertThat(read.rows()).isEqualTo(table.rows().subList(1, table.rows().size()));
    }

    /** Quoted always, as a spreadsheet quotes a cell that holds anything special; quotes doubled. */
    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<String> cells = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab ,;\"'\n\r\t=+-@é€").ofMaxLength(12),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        Arbitrary<List<List<String>>> rows = Arbitraries.integers()
                .between(1, 5)
                .flatMap(width -> cells.list().ofSize(width).list().ofMinSize(1).ofMaxSize(6));
        return Combinators.combine(
                        rows, Arbitraries.of(',', ';'), Arbitraries.of("\n", "\r\n", "\r"), Arbitraries.of(true, false))
                .as(Table::new);
    }
}
