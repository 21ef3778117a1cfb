package dev.rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rebound.reminder.ICalendarWriter.AllDayEvent;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** Proves the streamed output is RFC 5545 by parsing it with ical4j (strict parsing, no compatibility hints). */
final class ICalendarWriterTest {

    private static final Instant STAMP = Instant.parse("2026-11-25T10:30:00.789Z");
    private static final String SPECIALS = "Call back, then; maybe \\ not";
    private static final String ACCENTED = "Relancer l'équipe à São Paulo — ñandú, Åre, 東京";
    private static final String EMOJI = "Follow up 🎉 with 👩‍💻 and 🇪🇸";
    // Ends in a letter: ical4j drops trailing whitespace from a parsed value, which is not the writer's doing.
    private static final String LONG_SUMMARY =
            "Write to the hiring manager ".repeat(11).substring(0, 299) + "!";

    @Test
    void parsedEventsCarryExactlyTheValuesWritten() throws Exception {
        List<AllDayEvent> events = List.of(
                event("plain@rebound.dev", LocalDate.of(2026, 11, 25), "Follow up", "Send a short note"),
                event("specials@rebound.dev", LocalDate.of(2026, 12, 31), SPECIALS, "a,b;c\\d\\,e\\;f\\n"),
                event(
                        "newlines@rebound.dev",
                        LocalDate.of(2028, 2, 28),
                        "Line one\nLine two",
                        "Unix\nWindows\r\nOld Mac\rEnd\n\nTwo blank"),
                event("accented@rebound.dev", LocalDate.of(2027, 1, 1), ACCENTED, ACCENTED.repeat(5)),
                event("emoji@rebound.dev", LocalDate.of(2027, 3, 14), EMOJI, EMOJI.repeat(8)),
                event("long@rebound.dev", LocalDate.of(2027, 6, 30), LONG_SUMMARY, LONG_SUMMARY + "\n" + ACCENTED));

        String text = write(events);
        Calendar calendar = parse(text);
        List<VEvent> parsed = calendar.getComponents(Component.VEVENT);

        assertThat(LONG_SUMMARY).hasSize(300);
        assertThat(parsed).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            AllDayEvent written = events.get(i);
            VEvent event = parsed.get(i);
            assertThat(value(event, Property.UID)).isEqualTo(written.uid());
            assertThat(value(event, Property.SUMMARY)).isEqualTo(normalizedNewlines(written.summary()));
            assertThat(value(event, Property.DESCRIPTION)).isEqualTo(normalizedNewlines(written.description()));
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
            assertThat(value(event, Property.TRANSP)).isEqualTo("TRANSPARENT");
        }
        assertLinesAreWellFormed(text);
    }

    @Test
    void allDayEventsStartOnTheirDateAndEndTheNextDay() throws Exception {
        List<LocalDate> dates = List.of(
                LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 12, 31),
                LocalDate.of(2028, 2, 28),
                LocalDate.of(2028, 2, 29));
        List<AllDayEvent> events = new ArrayList<>();
        for (LocalDate date : dates) {
            events.add(event("day-" + date + "@rebound.dev", date, "Follow up", null));
        }

        List<VEvent> parsed = parse(write(events)).getComponents(Component.VEVENT);

        assertThat(parsed).hasSize(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            Temporal start = date(parsed.get(i), Property.DTSTART);
            Temporal end = date(parsed.get(i), Property.DTEND);
            // A LocalDate, not a LocalDateTime or ZonedDateTime: calendar apps show it as an all-day event.
            assertThat(start).isInstanceOf(LocalDate.class).isEqualTo(dates.get(i));
            assertThat(end).isInstanceOf(LocalDate.class).isEqualTo(dates.get(i).plusDays(1));
        }
    }

    @Test
    void writesTheCalendarHeaderAndUtcStampAsSpecified() throws IOException {
        String text = write(List.of(event("stamp@rebound.dev", LocalDate.of(2026, 11, 25), "Follow up", null)));

        assertThat(text)
                .startsWith(String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//Rebound//Follow-through reminders//EN",
                        "CALSCALE:GREGORIAN",
                        "METHOD:PUBLISH",
                        "X-WR-CALNAME:Rebound",
                        "X-WR-CALDESC:Your next steps after rejections",
                        "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
                        "X-PUBLISHED-TTL:PT6H",
                        "BEGIN:VEVENT",
                        "UID:stamp@rebound.dev",
                        "DTSTAMP:20261125T103000Z",
                        "DTSTART;VALUE=DATE:20261125",
                        "DTEND;VALUE=DATE:20261126",
                        "SEQUENCE:0",
                        "SUMMARY:Follow up",
                        "TRANSP:TRANSPARENT",
                        "END:VEVENT",
                        "END:VCALENDAR",
                        ""));
    }

    @Test
    void anEmptyCalendarParses() throws Exception {
        StringWriter out = new StringWriter();
        ICalendarWriter writer = new ICalendarWriter(out);
        writer.begin("Rebound, mine; \\ yours", "Los próximos pasos\ntras tus rechazos");
        writer.end();

        Calendar calendar = parse(out.toString());

        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Rebound, mine; \\ yours");
        assertThat(calendar.getProperty("X-WR-CALDESC").map(Property::getValue))
                .contains("Los próximos pasos\ntras tus rechazos");
        assertLinesAreWellFormed(out.toString());
    }

    @Test
    void aNullDescriptionIsOmittedAndAnEmptySummaryIsWrittenEmpty() throws Exception {
        String text = write(List.of(event("bare@rebound.dev", LocalDate.of(2026, 11, 25), "", null)));

        VEvent event = parse(text).<VEvent>getComponents(Component.VEVENT).get(0);

        assertThat(event.getProperty(Property.DESCRIPTION)).isEmpty();
        assertThat(value(event, Property.SUMMARY)).isEmpty();
        assertThat(text).contains("\r\nSUMMARY:\r\n").doesNotContain("DESCRIPTION");
    }

    @Test
    void controlCharactersOtherThanTabAreDropped() throws Exception {
        String summary = "a\u0000b\u0007c\u001bd\u007fe\tf\u001fg";
        String text = write(List.of(event("controls@rebound.dev", LocalDate.of(2026, 11, 25), summary, null)));

        VEvent event = parse(text).<VEvent>getComponents(Component.VEVENT).get(0);

        assertThat(value(event, Property.SUMMARY)).isEqualTo("abcde\tfg");
    }

    @Test
    void foldsAfterExactly75OctetsAndNeverInsideACharacter() throws Exception {
        // "SUMMARY:" is 8 octets, so 67 ASCII characters fill a line exactly and 68 need a fold.
        String fitsExactly = "x".repeat(67);
        String oneOctetTooMany = "x".repeat(68);
        List<AllDayEvent> events = new ArrayList<>(List.of(
                event("fits@rebound.dev", LocalDate.of(2026, 11, 25), fitsExactly, null),
                event("over@rebound.dev", LocalDate.of(2026, 11, 25), oneOctetTooMany, null)));
        // Shift 2-, 3- and 4-octet characters (and surrogate pairs) across every position relative to the fold.
        for (int shift = 0; shift < 4; shift++) {
            String padding = "x".repeat(shift);
            events.add(event(
                    "mixed-" + shift + "@rebound.dev",
                    LocalDate.of(2026, 11, 25),
                    padding + "é".repeat(50),
                    padding + "東".repeat(50) + "😀".repeat(50) + "é🎉東x".repeat(30)));
        }

        String text = write(events);
        List<VEvent> parsed = parse(text).getComponents(Component.VEVENT);

        assertThat(text).contains("\r\nSUMMARY:" + fitsExactly + "\r\n");
        assertThat(text).contains("\r\nSUMMARY:" + "x".repeat(67) + "\r\n x\r\n");
        assertThat(parsed).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            assertThat(value(parsed.get(i), Property.SUMMARY))
                    .isEqualTo(events.get(i).summary());
            if (events.get(i).description() != null) {
                assertThat(value(parsed.get(i), Property.DESCRIPTION))
                        .isEqualTo(events.get(i).description());
            }
        }
        assertLinesAreWellFormed(text);
    }

    @Test
    void anUnpairedSurrogateBecomesTheReplacementCharacter() throws Exception {
        String text = write(List.of(event("lone@rebound.dev", LocalDate.of(2026, 11, 25), "a\uD83Db\uDE00c", null)));

        VEvent event = parse(text).<VEvent>getComponents(Component.VEVENT).get(0);

        assertThat(value(event, Property.SUMMARY)).isEqualTo("a\uFFFDb\uFFFDc");
        assertLinesAreWellFormed(text);
    }

    @Test
    void flushesButNeverClosesTheUnderlyingWriter() throws IOException {
        TrackingWriter out = new TrackingWriter();
        ICalendarWriter writer = new ICalendarWriter(out);
        writer.begin("Rebound", "Steps");
        writer.end();

        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
    }

    @Test
    void rejectsMissingRequiredValuesWithMessagesNamingThem() {
        LocalDate date = LocalDate.of(2026, 11, 25);
        assertThatThrownBy(() -> new AllDayEvent(null, date, "s", null, STAMP, 0))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("uid");
        assertThatThrownBy(() -> new AllDayEvent("u", null, "s", null, STAMP, 0))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> new AllDayEvent("u", date, null, null, STAMP, 0))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("summary");
        assertThatThrownBy(() -> new AllDayEvent("u", date, "s", null, null, 0))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("stamp");
        assertThatThrownBy(() -> new ICalendarWriter(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("out");
    }

    private static AllDayEvent event(String uid, LocalDate date, String summary, String description) {
        return new AllDayEvent(uid, date, summary, description, STAMP, 0);
    }

    private static String write(List<AllDayEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        ICalendarWriter writer = new ICalendarWriter(out);
        writer.begin("Rebound", "Your next steps after rejections");
        for (AllDayEvent event : events) {
            writer.event(event);
        }
        writer.end();
        return out.toString();
    }

    private static Calendar parse(String text) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        // Each event is checked against RFC 5545. Calendar.validate() is not used: because of METHOD:PUBLISH it also
        // applies iTIP (RFC 5546) scheduling rules, such as a required ORGANIZER, which a subscribed feed omits.
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            ValidationResult validation = event.validate();
            assertThat(validation.hasErrors())
                    .as("ical4j validation: %s", validation)
                    .isFalse();
        }
        return calendar;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property)
                .map(Property::getValue)
                .orElseThrow(() -> new AssertionError("no " + property + " in " + event));
    }

    private static Temporal date(VEvent event, String property) {
        return event.<DateProperty<?>>getProperty(property)
                .map(DateProperty::getDate)
                .orElseThrow(() -> new AssertionError("no " + property + " in " + event));
    }

    /** TEXT has a single newline form: whatever was written, the parsed value holds LF. */
    private static String normalizedNewlines(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Every physical line ends with CRLF, holds at most 75 octets, and is valid UTF-8 on its own, which a fold
     * inside a multi-byte sequence would break.
     */
    private static void assertLinesAreWellFormed(String text) throws CharacterCodingException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                assertThat(bytes[i]).as("CR at octet %d starts a CRLF", i).isEqualTo((byte) '\r');
                assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n')
                        .as("CR at octet %d has its LF", i)
                        .isTrue();
                byte[] line = Arrays.copyOfRange(bytes, lineStart, i);
                assertThat(line.length)
                        .as("octets in line %s", new String(line, StandardCharsets.UTF_8))
                        .isLessThanOrEqualTo(75);
                strictUtf8().decode(ByteBuffer.wrap(line)); // throws on a split multi-byte sequence
                i++;
                lineStart = i + 1;
            }
        }
        assertThat(lineStart).isEqualTo(bytes.length);
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static final class TrackingWriter extends StringWriter {
        private boolean flushed;
        private boolean closed;

        @Override
        public void flush() {
            flushed = true;
            super.flush();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
