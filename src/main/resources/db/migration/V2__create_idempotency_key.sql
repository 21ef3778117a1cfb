-- Responses to POSTs sent with an Idempotency-Key, so a retried request gets the first answer instead of
-- creating a second record. Kept per owner for 24 hours, in PostgreSQL so that every instance sees them.
CREATE TABLE idempotency_key (
    owner_id         text        NOT NULL,
    idempotency_key  text        NOT NULL CHECK (char_length(idempotency_key) BETWEEN 1 AND 255),
    fingerprint      text        NOT NULL,
    completed        boolean     NOT NULL DEFAULT false,
    response_status  integer,
    response_headers text,
    response_body    bytea,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (owner_id, idempotency_key)
);

-- Finds expired keys to clean up.
CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at);
