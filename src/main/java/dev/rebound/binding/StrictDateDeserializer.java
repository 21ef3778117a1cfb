package dev.rebound.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Accepts a date only as the string {@code YYYY-MM-DD}: not a timestamp that happens to start with
 * one, not an array of numbers, not a day count.
 */
final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {

    StrictDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        LocalDate date = IsoDates.parse(text);
        if (date == null) {
            throw InvalidFormatException.from(parser, "not a date", text, LocalDate.class);
        }
        return date;
    }
}
