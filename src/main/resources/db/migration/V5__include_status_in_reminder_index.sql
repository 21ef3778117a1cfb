-- Reminders list a snoozed step only once its snooze has come, so they filter on the status too;
-- carrying it in the index keeps the count an index-only scan.
DROP INDEX plan_step_owner_remind_on_idx;
CREATE INDEX plan_step_owner_remind_on_idx ON plan_step (owner_id, remind_on, rejection_id, position)
    INCLUDE (status) WHERE remind_on IS NOT NULL;
