package dev.rebound.imports;

import dev.rebound.api.model.ImportResult;
import dev.rebound.binding.QueryParameters;
import dev.rebound.idempotency.IdempotencyKeys;
import dev.rebound.problem.HttpProblemFilters;
import dev.rebound.security.CurrentOwner;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;

/**
 * Imports a spreadsheet (CSV) or a Rebound export (JSON) into the owner's records; {@code ?dryRun=true} checks
 * every row and stores nothing. With an Idempotency-Key, a retry gets the first answer.
 */
@Path("/v1/imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@RequiredArgsConstructor
public class ImportResource {

    static final String TEXT_CSV = "text/csv";

    private final ImportService imports;
    private final IdempotencyKeys idempotencyKeys;
    private final CurrentOwner owner;

    @POST
    @Consumes(TEXT_CSV)
    public Response fromCsv(
            byte[] file, @Context UriInfo uri, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return run(file, uri, idempotencyKey, imports::fromCsv);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fromExport(
            byte[] file, @Context UriInfo uri, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return run(file, uri, idempotencyKey, imports::fromExport);
    }

    private Response run(byte[] file, UriInfo uri, String idempotencyKey, Importer importer) {
        // Counted here too: a body that came without a length over HTTP/2 was not counted as it arrived.
        if (file.length > HttpProblemFilters.MAX_IMPORT_BYTES) {
            throw HttpProblemFilters.tooLarge(HttpProblemFilters.MAX_IMPORT_BYTES);
        }
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters());
        boolean dryRun = parameters.flag("dryRun");
        parameters.throwIfInvalid();
        String ownerId = owner.id();
        LocalDate today = owner.today();
        String fingerprint =
                idempotencyKey == null ? null : idempotencyKeys.fingerprintOfFile(uri.getRequestUri(), file);
        return idempotencyKeys.executeInOwnTransactions(
                ownerId,
                idempotencyKey,
                fingerprint,
                () -> Response.ok(importer.run(ownerId, today, file, dryRun))
                        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .build());
    }

    @FunctionalInterface
    private interface Importer {
        ImportResult run(String ownerId, LocalDate today, byte[] file, boolean dryRun);
    }
}
