-- Covering indexes for insights, so that its aggregates run as index-only scans over one owner's rows
-- instead of fetching 10,000 heap tuples per request (measured with bench/follow-through.sh).
CREATE INDEX rejection_owner_insights_idx ON rejection (owner_id, rejected_on)
    INCLUDE (id, stage_reached, reason, notified_via, company, created_at);

DROP INDEX plan_step_owner_action_idx;
CREATE INDEX plan_step_owner_action_idx ON plan_step (owner_id, action, status) INCLUDE (rejection_id);

DROP INDEX feedback_owner_idx;
CREATE INDEX feedback_owner_idx ON feedback (owner_id) INCLUDE (rejection_id);

DROP INDEX reflection_owner_idx;
CREATE INDEX reflection_owner_idx ON reflection (owner_id) INCLUDE (rejection_id, reflected_on, improvement_areas);
