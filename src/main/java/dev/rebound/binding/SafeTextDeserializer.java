package dev.rebound.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Rejects text that PostgreSQL cannot store or that is not valid Unicode: the NUL character and
 * unpaired UTF-16 surrogates (which JSON's {@code \\uD800} escapes can produce).
 */
final class SafeTextDeserializer extends StdScalarDeserializer<String> {

    SafeTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        String problem = value == null ? null : TextRules.unsafeCharacterProblem(value);
        if (problem != null) {
            throw new UnsafeTextException(parser, problem);
        }
        return value;
    }
}

/** A string the API refuses to store; its message is safe to show to the client. */
final class UnsafeTextException extends com.fasterxml.jackson.databind.JsonMappingException {

    UnsafeTextException(JsonParser parser, String message) {
        super(parser, message);
    }
}
