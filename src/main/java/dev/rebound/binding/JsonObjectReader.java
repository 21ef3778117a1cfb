package dev.rebound.binding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.problem.HttpProblemFilters;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import lombok.RequiredArgsConstructor;

/**
 * The body reader of every JSON operation: a resource method that takes an {@link ObjectNode} gets one JSON object,
 * parsed strictly by {@link JsonBodies}, or never runs, and any other body is the same 400 everywhere. Binding the
 * object to its input type is the service's diagnosis step ({@link BodyChecks}), since a merge patch is bound only
 * after it is merged onto the stored record.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, JsonObjectReader.MERGE_PATCH_JSON})
@RequiredArgsConstructor
public class JsonObjectReader implements MessageBodyReader<ObjectNode> {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final JsonBodies json;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ObjectNode.class;
    }

    @Override
    public ObjectNode readFrom(
            Class<ObjectNode> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body)
            throws IOException {
        // One byte past the limit is enough to tell a body that is too large.
        return json.readObject(body.readNBytes(HttpProblemFilters.MAX_BODY_BYTES + 1));
    }
}
