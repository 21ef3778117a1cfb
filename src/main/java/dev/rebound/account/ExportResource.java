package dev.rebound.account;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.api.ExportedRejection;
import dev.rebound.db.StoredTime;
import dev.rebound.http.StreamedAnswers;
import dev.rebound.security.CurrentOwner;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;

/**
 * All the owner's data, as JSON or CSV. Both are streamed: records are read and written in batches,
 * so an export of any size holds only one batch in memory.
 */
@Path("/v1/export")
@Authenticated
@RequiredArgsConstructor
public class ExportResource {

    static final String TEXT_CSV = "text/csv";
    static final MediaType CSV_TYPE = MediaType.valueOf(TEXT_CSV);
    static final int BATCH_SIZE = 200;

    private final AccountExport data;
    private final CurrentOwner owner;
    private final ObjectMapper mapper;
    private final Clock clock;

    /** JSON unless the client prefers CSV: a client that accepts anything gets JSON. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    public Response export(@Context HttpHeaders headers, @Context HttpServerResponse response) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) { // sorted by preference
            if (refused(accepted)) {
                continue;
            }
            boolean json = accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE);
            if (accepted.isCompatible(CSV_TYPE) && !json) {
                return csv(response, StoredTime.now(clock));
            }
            if (json) {
                return json(response, StoredTime.now(clock));
            }
        }
        throw new NotAcceptableException();
    }

    private Response json(HttpServerResponse response, Instant exportedAt) {
        String ownerId = owner.id();
        // Read before answering, so that a database that is down is a 503, not a 200 cut short.
        List<ExportedRejection> first = data.batchAfter(ownerId, null, BATCH_SIZE);
        StreamingOutput body = output -> StreamedAnswers.abortOnFailure(response, () -> {
            JsonGenerator json = mapper.getFactory().createGenerator(output);
            // Only a complete export ends with "]}": a failure must not leave a valid-looking document.
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            json.writeStartObject();
            json.writeFieldName("exportedAt");
            mapper.writeValue(json, exportedAt);
            json.writeArrayFieldStart("rejections");
            forEachRecord(ownerId, first, record -> mapper.writeValue(json, record));
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        });
        return attachment(body, MediaType.APPLICATION_JSON + ";charset=UTF-8", exportedAt, "json");
    }

    private Response csv(HttpServerResponse response, Instant exportedAt) {
        String ownerId = owner.id();
        List<ExportedRejection> first = data.batchAfter(ownerId, null, BATCH_SIZE);
        StreamingOutput body = output -> StreamedAnswers.abortOnFailure(response, () -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvExport csv = new CsvExport(writer);
            forEachRecord(ownerId, first, csv::write);
            csv.close();
        });
        return attachment(body, TEXT_CSV + "; charset=utf-8", exportedAt, "csv");
    }

    private void forEachRecord(String ownerId, List<ExportedRejection> first, RecordWriter writer) throws IOException {
        List<ExportedRejection> batch = first;
        while (true) {
            for (ExportedRejection record : batch) {
                writer.write(record);
            }
            if (batch.size() < BATCH_SIZE) {
                return;
            }
            batch = data.batchAfter(ownerId, batch.get(batch.size() - 1), BATCH_SIZE);
        }
    }

    private static Response attachment(StreamingOutput body, String type, Instant exportedAt, String extension) {
        String day = exportedAt.toString().substring(0, 10);
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"rebound-export-" + day + "." + extension + "\"")
                .build();
    }

    /** {@code q=0} means "not this type". */
    private static boolean refused(MediaType type) {
        try {
            return Double.parseDouble(type.getParameters().getOrDefault("q", "1")) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @FunctionalInterface
    private interface RecordWriter {
        void write(ExportedRejection record) throws IOException;
    }
}
