package dev.rebound.reminder;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Writes an RFC 5545 calendar of all-day events; hand-written because the feed is streamed event by event, which
 * ical4j's in-memory model cannot do (the tests parse the output with ical4j to prove it is valid).
 */
public final class ICalendarWriter implements Flushable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** RFC 5545 section 3.1: content lines longer than this many octets, excluding the CRLF, are folded. */
    private static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final String FOLD = "\r\n ";
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private final Writer out;

    /** Writes to {@code out}, which the caller keeps owning: this writer flushes it but never closes it. */
    public ICalendarWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out (the writer to write the calendar to) must not be null");
    }

    public void begin(String calendarName, String description) throws IOException {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Rebound//Follow-through reminders//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(calendarName));
        line("X-WR-CALDESC:" + text(description));
        // Calendar apps poll a subscribed feed: RFC 7986 and the older Apple/Microsoft extension both ask for 6 hours.
        line("REFRESH-INTERVAL;VALUE=DURATION:PT6H");
        line("X-PUBLISHED-TTL:PT6H");
    }

    public void event(AllDayEvent event) throws IOException {
        Objects.requireNonNull(event, "event must not be null");
        line("BEGIN:VEVENT");
        line("UID:" + text(event.uid()));
        line("DTSTAMP:" + UTC_DATE_TIME.format(event.stamp().truncatedTo(ChronoUnit.SECONDS)));
        // An all-day event is a DATE; its DTEND is exclusive, hence the next day (RFC 5545 section 3.6.1).
        line("DTSTART;VALUE=DATE:" + DATE.format(event.date()));
        line("DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
        line("SEQUENCE:" + event.sequence());
        line("SUMMARY:" + text(event.summary()));
        if (event.description() != null) {
            line("DESCRIPTION:" + text(event.description()));
        }
        // Reminders should not make the owner look busy to people scheduling meetings.
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }

    /** Closes the calendar and flushes, so that a streamed response is complete. */
    public void end() throws IOException {
        line("END:VCALENDAR");
        flush();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Escapes a TEXT value (RFC 5545 section 3.3.11). Every newline form becomes {@code \n}; other control
     * characters are not allowed in TEXT, so they are dropped rather than breaking the line structure.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++; // CRLF is one newline, not two
                    }
                }
                default -> {
                    if ((c >= 0x20 || c == '\t') && c != 0x7f) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /**
     * Writes a content line ending in CRLF, folded so that no physical line exceeds 75 octets of UTF-8. Folds fall
     * between code points, so neither a multi-byte sequence nor a surrogate pair is ever split.
     */
    private void line(String content) throws IOException {
        StringBuilder physical = new StringBuilder(content.length() + 8);
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                // An unpaired surrogate is not encodable; replace it here so the octet count stays exact.
                codePoint = REPLACEMENT_CHARACTER;
            }
            int width = utf8Octets(codePoint);
            if (octets + width > limit) {
                physical.append(FOLD);
                octets = 0;
                limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation line counts
            }
            physical.appendCodePoint(codePoint);
            octets += width;
        }
        out.append(physical).append(CRLF);
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /**
     * An event lasting the whole of {@code date}. A null {@code description} omits DESCRIPTION; {@code sequence}
     * is the RFC 5545 revision number, bumped when the event changes so that clients replace their copy.
     */
    public record AllDayEvent(
            String uid, LocalDate date, String summary, String description, Instant stamp, long sequence) {

        public AllDayEvent {
            Objects.requireNonNull(uid, "uid (the event's globally unique identifier) must not be null");
            Objects.requireNonNull(date, "date (the day of the all-day event) must not be null");
            Objects.requireNonNull(summary, "summary (the event's title) must not be null; use \"\" for none");
            Objects.requireNonNull(stamp, "stamp (the DTSTAMP instant) must not be null");
        }
    }
}
