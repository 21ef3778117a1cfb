package dev.rebound.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Stripe-style idempotency for POSTs that create something. The first request with a key claims it (a
 * committed row), does its work and stores its answer in the same transaction as the work, so the answer
 * exists exactly when the created record does. A retry with the same key and the same request gets that
 * answer again; a different request under the same key is a 422; a duplicate that arrives while the
 * first is still running waits for it.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static final Duration RETENTION = Duration.ofHours(24);
    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(5);
    /** A claim older than any request can run belongs to a crashed attempt whose work rolled back. */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    private static final Pattern VALID_KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");
    private static final List<String> REPLAYED_HEADERS =
            List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CONTENT_TYPE);

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final ObjectMapper canonical;
    private final Clock clock;

    public IdempotencyKeys(EntityManager entityManager, ObjectMapper mapper, Clock clock) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.clock = clock;
    }

    /** Checks the header's shape before any work: 1 to 255 printable ASCII characters. */
    private static void requireValid(String key) {
        if (key != null && !VALID_KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 255 printable ASCII characters");
        }
    }

    /** The fingerprint of a POST to this URI (path and query as sent) with this body. */
    public String fingerprintOfPost(URI requestUri, JsonNode body) {
        return fingerprint("POST", requestUri.getRawPath() + "?" + requestUri.getRawQuery(), body);
    }

    /** The fingerprint of a POST to this URI with a body taken as it is, byte for byte (a file being imported). */
    public String fingerprintOfFile(URI requestUri, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("POST " + requestUri.getRawPath() + "?" + requestUri.getRawQuery() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    /** What makes two requests "the same": method, path with query, and the body as parsed JSON. */
    public String fingerprint(String method, String pathAndQuery, JsonNode body) {
        try {
            Object parsed = mapper.convertValue(body, new TypeReference<Object>() {});
            byte[] text = (method + " " + pathAndQuery + "\n" + canonical.writeValueAsString(parsed))
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    /**
     * Runs {@code work} at most once per owner and key. Without a key it simply runs it. The work runs in
     * a transaction of its own, which also records the answer.
     */
    public Response execute(String ownerId, String key, String fingerprint, Supplier<Response> work) {
        return execute(ownerId, key, fingerprint, Answers.REPLAYED, work);
    }

    /** Whether a repeated request gets the first answer again, or (when it holds a secret) a 409. */
    public enum Answers {
        REPLAYED,
        /** The answer holds a secret kept nowhere: the key is recorded without it, and a repeat is a 409. */
        NEVER_REPLAYED
    }

    /** As {@link #execute(String, String, String, Supplier)}, choosing what a repeat gets. */
    public Response execute(String ownerId, String key, String fingerprint, Answers answers, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        return execute(ownerId, key, fingerprint, answers, work, true);
    }

    /** Claims the key, or waits for its first use and replays it; {@code inOneTransaction}: see the callers. */
    private Response execute(
            String ownerId,
            String key,
            String fingerprint,
            Answers answers,
            Supplier<Response> work,
            boolean inOneTransaction) {
        requireValid(key);
        Instant deadline = clock.instant().plus(WAIT_FOR_FIRST);
        while (true) {
            OffsetDateTime claimedAt = claim(ownerId, key, fingerprint);
            if (claimedAt != null) {
                return runClaimed(ownerId, key, claimedAt, answers, work, inOneTransaction);
            }
            StoredKey stored = find(ownerId, key);
            if (stored == null) {
                continue; // released or expired in between: try to claim again
            }
            if (!stored.fingerprint().equals(fingerprint)) {
                throw keyUsed(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was already used for a different request in the last 24 hours. "
                                + "Use a new key for a new request.",
                        "was used for a different request");
            }
            if (stored.completed()) {
                if (stored.resultDeleted()) {
                    throw keyUsed(
                            ProblemType.IDEMPOTENT_RESULT_DELETED,
                            "This Idempotency-Key was already used, and what it created has since been deleted. "
                                    + "Nothing was changed: send it with a new key to create it again.",
                            "was used for something that has been deleted");
                }
                if (answers == Answers.NEVER_REPLAYED) {
                    throw keyUsed(
                            ProblemType.ANSWER_NOT_KEPT,
                            "This Idempotency-Key was already used, and its answer held a secret that is kept nowhere, "
                                    + "so it cannot be sent again. Nothing was changed: read the current state, or use "
                                    + "a new key to do it again.",
                            "was already used; its answer is not kept");
                }
                return replay(stored);
            }
            if (clock.instant().isAfter(deadline)) {
                throw inProgress();
            }
            pause();
        }
    }

    /**
     * As {@link #execute(String, String, String, Supplier)}, for work that commits in transactions of its own (an
     * import stores its rows in batches): the work runs outside any transaction, and its answer is stored after
     * it, in a short transaction of its own. A failed work frees the key; what it committed stays, so it must be
     * safe to run again (an import finds its rows already there).
     */
    public Response executeInOwnTransactions(String ownerId, String key, String fingerprint, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        return execute(ownerId, key, fingerprint, Answers.REPLAYED, work, false);
    }

    private static ProblemException keyUsed(ProblemType type, String detail, String message) {
        return new ProblemException(type, detail, List.of(new FieldError(HEADER, message)));
    }

    private Response runClaimed(
            String ownerId,
            String key,
            OffsetDateTime claimedAt,
            Answers answers,
            Supplier<Response> work,
            boolean inOneTransaction) {
        try {
            if (!inOneTransaction) {
                Response response = work.get();
                QuarkusTransaction.requiringNew().call(() -> {
                    complete(ownerId, key, claimedAt, response, answers);
                    return response;
                });
                return response;
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                Response response = work.get();
                complete(ownerId, key, claimedAt, response, answers);
                return response;
            });
        } catch (RuntimeException e) {
            // The work rolled back: free the key so that a corrected retry can use it. A completed row is
            // kept (the commit may have succeeded after all), and a failing release must not hide why.
            try {
                QuarkusTransaction.requiringNew().run(() -> release(ownerId, key, claimedAt));
            } catch (RuntimeException releaseFailure) {
                e.addSuppressed(releaseFailure);
            }
            throw e;
        }
    }

    /**
     * Inserts the claim, clearing this key first when it has expired or its claim was abandoned (other expired
     * keys are {@link ExpiredKeyPurge}'s work). Returns the claim's timestamp, which fences the completion, or
     * {@code null} when someone else holds the key.
     */
    private OffsetDateTime claim(String ownerId, String key, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // Microseconds, as PostgreSQL stores them, so the claim's timestamp can fence its completion.
            OffsetDateTime now =
                    OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            entityManager
                    .createNativeQuery("DELETE FROM idempotency_key WHERE owner_id = :owner AND idempotency_key = :key"
                            + " AND (created_at < :expired OR (NOT completed AND created_at < :abandoned))")
                    .setParameter("expired", now.minus(RETENTION))
                    .setParameter("owner", ownerId)
                    .setParameter("key", key)
                    .setParameter("abandoned", now.minus(ABANDONED_AFTER))
                    .executeUpdate();
            int inserted = entityManager
                    .createNativeQuery("INSERT INTO idempotency_key"
                            + " (owner_id, idempotency_key, fingerprint, created_at) VALUES (:owner, :key, :fingerprint, :now)"
                            + " ON CONFLICT (owner_id, idempotency_key) DO NOTHING")
                    .setParameter("owner", ownerId)
                    .setParameter("key", key)
                    .setParameter("fingerprint", fingerprint)
                    .setParameter("now", now)
                    .executeUpdate();
            return inserted == 1 ? now : null;
        });
    }

    /** Stores the answer, but only under our own claim: one taken over as abandoned must not complete. */
    private void complete(String ownerId, String key, OffsetDateTime claimedAt, Response response, Answers answers)
            throws JsonProcessingException {
        Map<String, String> headers = new LinkedHashMap<>();
        MultivaluedMap<String, Object> sent = response.getHeaders();
        for (String name : REPLAYED_HEADERS) {
            Object value = sent.getFirst(name);
            if (value != null) {
                headers.put(name, value.toString());
            }
        }
        if (!headers.containsKey(HttpHeaders.CONTENT_TYPE) && response.getMediaType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, response.getMediaType().toString());
        }
        byte[] body = response.getEntity() == null || answers == Answers.NEVER_REPLAYED
                ? null
                : mapper.writeValueAsBytes(response.getEntity());
        UUID resultId = createdId(response);
        int updated = entityManager
                .createNativeQuery(
                        "UPDATE idempotency_key SET completed = true,"
                                + " response_status = :status, response_headers = :headers, response_body = :body,"
                                + " result_id = CAST(NULLIF(:resultId, '') AS uuid)"
                                + " WHERE owner_id = :owner AND idempotency_key = :key AND NOT completed AND created_at = :claimedAt")
                .setParameter("resultId", resultId == null ? "" : resultId.toString())
                .setParameter("status", response.getStatus())
                .setParameter("headers", mapper.writeValueAsString(headers))
                .setParameter("body", body)
                .setParameter("owner", ownerId)
                .setParameter("key", key)
                .setParameter("claimedAt", claimedAt)
                .executeUpdate();
        if (updated != 1) {
            throw inProgress(); // rolls the work back: another attempt owns this key now
        }
    }

    /** The id at the end of a created resource's Location, if it is one of ours (a UUID). */
    static UUID createdId(Response response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return null;
        }
        String path = URI.create(location.toString()).getPath();
        try {
            return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Takes the stored answer that created {@code resultId} away with it, in the caller's transaction. The key
     * stays (until it expires), so that a retry gets a 409 rather than the deleted data or a second record.
     */
    public void forgetResult(String ownerId, UUID resultId) {
        forgetResults(ownerId, List.of(resultId));
    }

    /** As {@link #forgetResult}, for a batch of deleted records (an erasure). */
    public void forgetResults(String ownerId, Collection<UUID> resultIds) {
        if (resultIds.isEmpty()) {
            return;
        }
        entityManager
                .createNativeQuery("UPDATE idempotency_key SET result_deleted = true, response_body = NULL,"
                        + " response_headers = NULL WHERE owner_id = :owner AND result_id IN (:results)")
                .setParameter("owner", ownerId)
                .setParameter("results", resultIds)
                .executeUpdate();
    }

    private void release(String ownerId, String key, OffsetDateTime claimedAt) {
        entityManager
                .createNativeQuery("DELETE FROM idempotency_key WHERE owner_id = :owner"
                        + " AND idempotency_key = :key AND NOT completed AND created_at = :claimedAt")
                .setParameter("owner", ownerId)
                .setParameter("key", key)
                .setParameter("claimedAt", claimedAt)
                .executeUpdate();
    }

    private StoredKey find(String ownerId, String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager
                    .createNativeQuery("SELECT fingerprint, completed, response_status,"
                            + " response_headers, response_body, result_deleted FROM idempotency_key"
                            + " WHERE owner_id = :owner AND idempotency_key = :key")
                    .setParameter("owner", ownerId)
                    .setParameter("key", key)
                    .getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = rows.get(0);
            return new StoredKey(
                    (String) row[0],
                    (Boolean) row[1],
                    row[2] == null ? 0 : ((Number) row[2]).intValue(),
                    (String) row[3],
                    (byte[]) row[4],
                    (Boolean) row[5]);
        });
    }

    private Response replay(StoredKey stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        try {
            Map<String, String> headers =
                    mapper.readValue(stored.headers(), new TypeReference<Map<String, String>>() {});
            headers.forEach(builder::header);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response is unreadable", e);
        }
        return builder.entity(stored.body()).build();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw inProgress();
        }
    }

    private static ProblemException inProgress() {
        return new ProblemException(
                ProblemType.REQUEST_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed. Retry shortly.");
    }

    private record StoredKey(
            String fingerprint, boolean completed, int status, String headers, byte[] body, boolean resultDeleted) {}
}
