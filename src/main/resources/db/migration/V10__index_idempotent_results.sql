-- Deleting records (one, or an erasure's batch of a thousand) forgets the stored answers that hold them by
-- result_id: without an index each batch would read every key the owner has.
CREATE INDEX idempotency_key_result_idx ON idempotency_key (owner_id, result_id) WHERE result_id IS NOT NULL;
