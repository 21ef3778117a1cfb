-- A counter per owner that moves on with every change to the owner's records, plans, feedback or
-- reflections, in the transaction of the change. Insights are kept per owner until it moves: a read of
-- insights that nothing has changed since costs one primary-key lookup instead of aggregating every record.
-- Triggers, not application code, keep it, so no write path can forget it. Statement-level triggers bump
-- each owner once per statement however many rows it touched (a record's plan, an erasure).
CREATE TABLE owner_revision (
    owner_id text   PRIMARY KEY,
    revision bigint NOT NULL
);
-- Revisions come from one sequence, so an owner whose row was erased and made again never gets back a
-- revision that a cached answer was stored under.
CREATE SEQUENCE owner_revision_seq;

-- The function keeps the schema it was made in as its search path, so that a change made in a session with
-- another search path (psql, a maintenance job) still finds owner_revision.
CREATE FUNCTION bump_owner_revision() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO owner_revision (owner_id, revision)
    SELECT owner_id, nextval('owner_revision_seq') FROM (SELECT DISTINCT owner_id FROM changed_rows) AS owners
    ON CONFLICT (owner_id) DO UPDATE SET revision = excluded.revision;
    RETURN NULL;
END $$;

-- Owners who already have records start with a revision, so that their answers can be kept too.
INSERT INTO owner_revision (owner_id, revision)
SELECT owner_id, nextval('owner_revision_seq') FROM (SELECT DISTINCT owner_id FROM rejection) AS owners;

-- A trigger with a transition table serves one event, hence three per table. owner_id never changes, so the
-- new rows of an UPDATE name every owner it touched.
CREATE TRIGGER rejection_inserted AFTER INSERT ON rejection REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER rejection_updated AFTER UPDATE ON rejection REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER rejection_deleted AFTER DELETE ON rejection REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER plan_step_inserted AFTER INSERT ON plan_step REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER plan_step_updated AFTER UPDATE ON plan_step REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER plan_step_deleted AFTER DELETE ON plan_step REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER feedback_inserted AFTER INSERT ON feedback REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER feedback_updated AFTER UPDATE ON feedback REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER feedback_deleted AFTER DELETE ON feedback REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER reflection_inserted AFTER INSERT ON reflection REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER reflection_updated AFTER UPDATE ON reflection REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
CREATE TRIGGER reflection_deleted AFTER DELETE ON reflection REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_owner_revision();
