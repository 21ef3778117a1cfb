-- A stored answer names the record it created, so that deleting the record (or everything) takes the answer
-- with it. The key itself stays until it expires: a retry then gets 409 instead of the deleted data or a
-- second record.
ALTER TABLE idempotency_key
    ADD COLUMN result_id      uuid,
    ADD COLUMN result_deleted boolean NOT NULL DEFAULT false;
