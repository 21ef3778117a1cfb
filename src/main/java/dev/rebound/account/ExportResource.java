package dev.rebound.account;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.security.CurrentOwner;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
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
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * All the owner's data, as JSON or CSV. Both are streamed: records are read and written in batches,
 * so an export of any size holds only one batch in memory.
 */
@Path("/v1/export")
@Authenticated
public class ExportResource {

    static final String TEXT_CSV = "text/csv";
    static final MediaType CSV_TYPE = MediaType.valueOf(TEXT_CSV);
    static final int BATCH_SIZE = 200;

    private final OwnerData data;
    private final CurrentOwner owner;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ExportResource(OwnerData data, CurrentOwner owner, ObjectMapper mapper, Clock clock) {
        this.data = data;
        this.owner = owner;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** JSON unless the client prefers CSV: a client that accepts anything gets JSON. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    public Response export(@Context HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) { // sorted by preference
            boolean json = accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE);
            if (accepted.isCompatible(CSV_TYPE) && !json) {
                return csv();
            }
            if (json) {
                return json();
            }
        }
        return json();
    }

    private Response json() {
        String ownerId = owner.id();
        Instant exportedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StreamingOutput body = output -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(output)) {
                json.writeStartObject();
                json.writeFieldName("exportedAt");
                mapper.writeValue(json, exportedAt);
                json.writeArrayFieldStart("rejections");
                forEachRecord(ownerId, record -> mapper.writeValue(json, record));
                json.writeEndArray();
                json.writeEndObject();
            }
        };
        return attachment(body, MediaType.APPLICATION_JSON + ";charset=UTF-8", exportedAt, "json");
    }

    private Response csv() {
        String ownerId = owner.id();
        Instant exportedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            try (CsvExport csv = new CsvExport(writer)) {
                forEachRecord(ownerId, csv::write);
            }
        };
        return attachment(body, TEXT_CSV + "; charset=utf-8", exportedAt, "csv");
    }

    private void forEachRecord(String ownerId, RecordWriter writer) throws IOException {
        ExportedRejection last = null;
        List<ExportedRejection> batch;
        do {
            batch = data.batchAfter(ownerId, last, BATCH_SIZE);
            for (ExportedRejection record : batch) {
                writer.write(record);
                last = record;
            }
        } while (batch.size() == BATCH_SIZE);
    }

    private static Response attachment(StreamingOutput body, String type, Instant exportedAt, String extension) {
        String day = exportedAt.toString().substring(0, 10);
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"rebound-export-" + day + "." + extension + "\"")
                .build();
    }

    @FunctionalInterface
    private interface RecordWriter {
        void write(ExportedRejection record) throws IOException;
    }
}
