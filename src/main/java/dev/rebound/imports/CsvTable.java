package dev.rebound.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file as a header and its data rows (RFC 4180, as spreadsheets write it): UTF-8 with or without a byte
 * order mark, cells separated by commas or semicolons (whichever the header uses more), quoted cells that hold
 * separators, quotes and line breaks, and any mix of CRLF, LF and CR line ends. A file that cannot be read is one
 * 400 that names the line.
 *
 * @param header the cells of the first row
 * @param rows the data rows, the first being row 1; a row may have fewer or more cells than the header
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Reads at most {@code maxRows} data rows; one more is a 413 naming the limit. */
    public static CsvTable read(byte[] file, int maxRows) {
        String text = utf8(file);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw unreadable(
                    "The file is empty: it needs a header row naming the columns, then one row per rejection.");
        }
        CsvSchema schema =
                CsvSchema.emptySchema().withColumnSeparator(separator(text)).withoutEscapeChar();
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        int filled = 0;
        try (MappingIterator<String[]> records =
                CSV.readerFor(String[].class).with(schema).readValues(new StringReader(text))) {
            while (records.hasNextValue()) {
                List<String> cells = Arrays.asList(records.nextValue());
                if (header == null) {
                    header = cells;
                } else {
                    // Rows with nothing in them are kept, for the numbering, but do not count towards the limit.
                    if (!blank(cells) && ++filled > maxRows) {
                        throw tooManyRows(maxRows);
                    }
                    rows.add(cells);
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw unreadable("The file is not CSV that can be read" + (line > 0 ? " (line " + line + ")" : "") + ": "
                    + problem(e) + ".");
        } catch (IOException e) {
            throw unreadable("The file could not be read as CSV.");
        }
        return new CsvTable(header, List.copyOf(rows));
    }

    /** Whether a row has nothing in it: spreadsheets often end a file with such rows. */
    public static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    public static ProblemException tooManyRows(int maxRows) {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The file has more than " + String.format("%,d", maxRows)
                        + " rows, the most one import takes. Split it and import each part.",
                List.of(new FieldError("body", "has more than " + maxRows + " rows")));
    }

    static ProblemException unreadable(String detail) {
        return new ProblemException(
                ProblemType.MALFORMED_BODY, detail, List.of(new FieldError("body", "cannot be read")));
    }

    /** Semicolons when the header's first line has more of them than commas (outside quotes), else commas. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            int line = lineOf(file, firstBadByte(file));
            throw unreadable("The file is not UTF-8 text (line " + line + "). Save it from the spreadsheet as "
                    + "\"CSV UTF-8\" and try again.");
        }
    }

    /** Where the first byte that is not valid UTF-8 stands. */
    private static int firstBadByte(byte[] file) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(file.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : file.length;
    }

    private static int lineOf(byte[] file, int position) {
        int line = 1;
        for (int i = 0; i < position && i < file.length; i++) {
            if (file[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("closing quote") || message.contains("Missing closing")) {
            return "a quoted cell is never closed";
        }
        if (message.contains("Expected separator") || message.contains("Unexpected character")) {
            return "a quoted cell has text after its closing quote";
        }
        return "its quoting is broken";
    }
}
