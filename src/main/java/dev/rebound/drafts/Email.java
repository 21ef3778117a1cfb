package dev.rebound.drafts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail as it is read for a draft: its sender, subject and date lines (each exactly as the analysed text holds
 * them, for evidence) and the body that is the message itself, without quoted earlier messages. A forwarded
 * message is the one forwarded: its own header lines name the sender and date.
 *
 * @param from the sender line's value, or null
 * @param subject the subject line's value, or null
 * @param date the date line's value, or null
 * @param body the message's own text
 */
public record Email(String from, String subject, String date, String body) {

    /** A header line, in English or Spanish as mail programs write them when a message is copied. */
    private static final Pattern HEADER = Pattern.compile(
            "^(from|de|to|para|cc|bcc|cco|subject|asunto|date|fecha|sent|enviado|reply-to|responder a)"
                    + "\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FORWARDED = Pattern.compile(
            "^-{2,}\\s*(forwarded message|mensaje reenviado|original message|mensaje original)\\s*-{2,}\\s*$|"
                    + "^begin forwarded message:\\s*$|^inicio del mensaje reenviado:\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** Where a reply quotes the message it answers: everything from here on is not this message. */
    private static final List<Pattern> QUOTE_STARTS = List.of(
            Pattern.compile("^on .{0,200}wrote:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^el .{0,200}escribi[oó]:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^>"));

    /** Reads pasted text: header lines at its top are optional; separate subject and sender come first. */
    public static Email pasted(String text, String subject, String from) {
        List<String> lines = text.lines().toList();
        int start = forwardStart(lines);
        Headers headers = new Headers();
        int body = headers.read(lines, start);
        if (start > 0 && body == start) {
            // A forward without header lines of its own: the outer ones, if any, still say something.
            headers.read(lines, 0);
        }
        String ownText = ownText(lines.subList(body, lines.size()));
        return new Email(
                from != null ? from : headers.from, subject != null ? subject : headers.subject, headers.date, ownText);
    }

    /** The line after a forward marker, or 0 when the text forwards nothing. */
    private static int forwardStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (FORWARDED.matcher(lines.get(i).strip()).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The text up to where it starts quoting an earlier message. */
    private static String ownText(List<String> lines) {
        StringBuilder own = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if (QUOTE_STARTS.stream().anyMatch(quote -> quote.matcher(stripped).find())) {
                break;
            }
            own.append(line).append('\n');
        }
        return own.toString();
    }

    /** The header lines at the top of a message, blank lines before them skipped. */
    private static final class Headers {
        String from;
        String subject;
        String date;

        /** Reads header lines from {@code start}; returns where the body begins. */
        int read(List<String> lines, int start) {
            int i = start;
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            int first = i;
            for (; i < lines.size(); i++) {
                Matcher header = HEADER.matcher(lines.get(i).strip());
                if (!header.matches()) {
                    break;
                }
                String value = header.group(2).strip();
                switch (header.group(1).toLowerCase(Locale.ROOT)) {
                    case "from", "de" -> from = from == null ? value : from;
                    case "subject", "asunto" -> subject = subject == null ? value : subject;
                    case "date", "fecha", "sent", "enviado" -> date = date == null ? value : date;
                    default -> {
                        // recipients and reply addresses say nothing about the rejection
                    }
                }
            }
            return i == first ? start : i;
        }
    }
}
