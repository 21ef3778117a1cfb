-- Follow-through: the stored plan and its progress, feedback, reflections and calendar feed tokens.
-- Every table carries owner_id so that each owner-scoped query stays on an index of that table.

-- Derived from the plan and the reflection, and stored so that the list can filter on it.
ALTER TABLE rejection
    ADD COLUMN status text NOT NULL DEFAULT 'NEW'
        CHECK (status IN ('NEW', 'IN_PROGRESS', 'REFLECTED', 'CLOSED'));

CREATE TABLE plan_step (
    rejection_id  uuid     NOT NULL REFERENCES rejection (id) ON DELETE CASCADE,
    action        text     NOT NULL,
    owner_id      text     NOT NULL,
    position      smallint NOT NULL,
    due           date     NOT NULL,
    status        text     NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'DONE', 'SKIPPED', 'SNOOZED')),
    done_on       date     CHECK ((status = 'DONE') = (done_on IS NOT NULL)),
    snoozed_until date     CHECK ((status = 'SNOOZED') = (snoozed_until IS NOT NULL)),
    -- The day the step next needs attention; null once it is done or skipped.
    remind_on     date     GENERATED ALWAYS AS (
        CASE status WHEN 'PENDING' THEN due WHEN 'SNOOZED' THEN snoozed_until END
    ) STORED,
    PRIMARY KEY (rejection_id, action)
);

-- Reminders and the calendar feed: the owner's open steps in date order.
CREATE INDEX plan_step_owner_remind_on_idx ON plan_step (owner_id, remind_on, rejection_id, position)
    WHERE remind_on IS NOT NULL;
-- Insights: per-action progress counts for one owner.
CREATE INDEX plan_step_owner_action_idx ON plan_step (owner_id, action, status);

CREATE TABLE feedback (
    rejection_id uuid        PRIMARY KEY REFERENCES rejection (id) ON DELETE CASCADE,
    owner_id     text        NOT NULL,
    received_on  date        NOT NULL,
    summary      text        CHECK (char_length(summary) <= 5000),
    points       text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(points) <= 20),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);
CREATE INDEX feedback_owner_idx ON feedback (owner_id);

CREATE TABLE reflection (
    rejection_id      uuid        PRIMARY KEY REFERENCES rejection (id) ON DELETE CASCADE,
    owner_id          text        NOT NULL,
    answers           jsonb       NOT NULL DEFAULT '[]',
    lessons           text        CHECK (char_length(lessons) <= 5000),
    improvement_areas text[]      NOT NULL DEFAULT '{}',
    letting_go        boolean     NOT NULL DEFAULT false,
    -- The owner's calendar day of the first save: the end of "days to reflection".
    reflected_on      date        NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0
);
CREATE INDEX reflection_owner_idx ON reflection (owner_id);

-- One feed per owner. Only a SHA-256 of the token is kept: the token itself is shown once, when made.
CREATE TABLE calendar_feed (
    owner_id   text        PRIMARY KEY,
    token_hash bytea       NOT NULL UNIQUE,
    locale     text        NOT NULL,
    created_at timestamptz NOT NULL
);

-- Records made before this migration get the plan they would have been given: the same dates and,
-- for REQUEST_FEEDBACK, the same advice as dev.rebound.suggestion.SuggestionRules.
CREATE FUNCTION pg_temp.next_business_day(day date) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT day + CASE extract(isodow FROM day) WHEN 5 THEN 3 WHEN 6 THEN 2 ELSE 1 END $$;

INSERT INTO plan_step (rejection_id, action, owner_id, position, due)
SELECT r.id, step.action, r.owner_id, step.position, step.due
FROM rejection r
CROSS JOIN LATERAL (VALUES
    ('SEND_THANK_YOU', 0, pg_temp.next_business_day(r.rejected_on)),
    ('REQUEST_FEEDBACK', 1, pg_temp.next_business_day(pg_temp.next_business_day(r.rejected_on))),
    ('REFLECT', 2, r.rejected_on + 7),
    ('CONNECT', 3, pg_temp.next_business_day(r.rejected_on)),
    ('CHECK_NEW_OPENINGS', 4, (r.rejected_on + interval '3 months')::date),
    ('REAPPLY_WINDOW_OPENS', 5, (r.rejected_on + interval '6 months')::date)
) AS step (action, position, due)
WHERE step.action <> 'REQUEST_FEEDBACK'
   OR (r.notified_via <> 'NO_RESPONSE'
       AND NOT (r.stage_reached = 'APPLIED' AND r.reason = 'AUTOMATED_SCREENING')
       AND (r.stage_reached <> 'APPLIED'
            OR coalesce(btrim(r.contact_name), '') <> ''
            OR coalesce(btrim(r.contact_email), '') <> ''));
