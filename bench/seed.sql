-- Seeds the benchmark database: :owners owners with :per_owner rejections each (1,000,000 rows by
-- default), every record with its stored plan, and feedback and reflections on a share of them, so that
-- insights and reminders work on realistic data. Run after the service has migrated the schema:
--   psql -v owners=100 -v per_owner=10000 -f bench/seed.sql <database>
-- Dates are spread over the two years before today; progress on the plan depends on the record's age.
\set ON_ERROR_STOP on
SET search_path TO rebound;
SET synchronous_commit TO off;

CREATE TEMP TABLE words (kind text, n int, word text);
INSERT INTO words
SELECT 'company', ordinality, value FROM unnest(ARRAY[
  'Nordlicht Analytics', 'Acme Logistics', 'Blue Fjord Labs', 'Cobalt Health', 'Helios Energy', 'Juniper Retail',
  'Kestrel Robotics', 'Lumen Finance', 'Mistral Media', 'Northwind Traders', 'Orchid Bio', 'Pioneer Freight',
  'Quartz Security', 'Redwood Insurance', 'Saffron Foods', 'Tidewater Ports', 'Umbra Games', 'Vantage Telecom',
  'Willow Education', 'Zephyr Air']) WITH ORDINALITY AS t(value, ordinality)
UNION ALL
SELECT 'role', ordinality, value FROM unnest(ARRAY[
  'Senior Data Engineer', 'Backend Developer', 'Product Manager', 'UX Designer', 'Site Reliability Engineer',
  'Data Analyst', 'Engineering Manager', 'Frontend Developer', 'QA Engineer', 'Technical Writer']) WITH ORDINALITY AS t(value, ordinality)
UNION ALL
SELECT 'note', ordinality, value FROM unnest(ARRAY[
  'Good rapport with the panel; the system design round ran long.',
  'They asked about Kafka partitioning and I blanked on consumer groups.',
  'Recruiter said the team went with someone who had more domain experience.',
  'Take-home was fine but the follow-up questions on testing were weak.',
  'Hiring manager seemed distracted during the second half of the call.',
  'Salary expectations came up early and the mood shifted after that.',
  'Great conversation about streaming pipelines; ask for feedback in January.',
  'Whiteboard exercise on caching went well, behavioural round less so.',
  'The role was paused after the reorganisation, according to the recruiter.',
  'I talked too long on the first question and ran out of time for mine.']) WITH ORDINALITY AS t(value, ordinality);

CREATE TEMP TABLE seed AS
SELECT g,
       'bench-owner-' || lpad(((g - 1) / :per_owner)::text, 3, '0') AS owner_id,
       md5(g::text)::uuid AS id,
       current_date - (g::bigint * 7919 % 730)::int AS rejected_on,
       (ARRAY['APPLIED','SCREENING','ASSESSMENT','INTERVIEW','FINAL_INTERVIEW','REFERENCE_CHECK','OFFER'])[1 + g * 31 % 7] AS stage,
       (ARRAY['EMAIL','PHONE','VIDEO_CALL','ATS_PORTAL','LINKEDIN','NO_RESPONSE'])[1 + g * 17 % 6] AS channel
FROM generate_series(1, :owners * :per_owner) AS g;

INSERT INTO rejection (id, owner_id, company, role, stage_reached, interview_round, interview_format, notified_via,
                       rejected_on, applied_on, reason, reason_detail, contact_name, contact_email,
                       internal_candidate, self_assessment, notes, tags, created_at, updated_at, version, status)
SELECT s.id, s.owner_id,
       (SELECT word FROM words WHERE kind = 'company' AND n = 1 + s.g * 13 % 20),
       (SELECT word FROM words WHERE kind = 'role' AND n = 1 + s.g * 7 % 10),
       s.stage,
       CASE WHEN s.stage IN ('INTERVIEW', 'FINAL_INTERVIEW') THEN 1 + s.g % 4 END,
       CASE WHEN s.stage = 'APPLIED' THEN 'NONE' ELSE (ARRAY['PHONE','VIDEO','IN_PERSON'])[1 + s.g % 3] END,
       s.channel,
       s.rejected_on,
       s.rejected_on - 30,
       (ARRAY['NOT_GIVEN','SKILLS_OR_EXPERIENCE_GAP','PREFERRED_ANOTHER_CANDIDATE','ROLE_CLOSED_OR_CANCELLED',
              'TEAM_OR_CULTURE_FIT','COMPENSATION_MISMATCH'])[1 + s.g * 11 % 6],
       NULL,
       CASE WHEN s.g % 3 = 0 THEN 'Alex Recruiter' END,
       CASE WHEN s.g % 3 = 0 THEN 'alex@recruiting.example' END,
       s.g % 50 = 0,
       1 + s.g % 5,
       (SELECT word FROM words WHERE kind = 'note' AND n = 1 + s.g % 10) || ' '
           || (SELECT word FROM words WHERE kind = 'note' AND n = 1 + s.g * 3 % 10),
       CASE WHEN s.g % 4 = 0 THEN ARRAY['remote'] ELSE ARRAY[]::text[] END,
       s.rejected_on::timestamptz, s.rejected_on::timestamptz, 0, 'NEW'
FROM seed s;

-- The plan, as SuggestionRules makes it (see V3__create_follow_through.sql for the same rules in SQL).
CREATE FUNCTION pg_temp.next_business_day(day date) RETURNS date LANGUAGE sql IMMUTABLE
    AS $$ SELECT day + CASE extract(isodow FROM day) WHEN 5 THEN 3 WHEN 6 THEN 2 ELSE 1 END $$;

INSERT INTO plan_step (rejection_id, action, owner_id, position, due, status, done_on)
SELECT s.id, step.action, s.owner_id, step.position, step.due,
       -- Older records are further along: steps due more than a week ago are mostly done or skipped.
       CASE WHEN step.due < current_date - 7 AND (s.g + step.position) % 4 <> 0 THEN
                CASE WHEN (s.g + step.position) % 5 = 0 THEN 'SKIPPED' ELSE 'DONE' END
            ELSE 'PENDING' END,
       CASE WHEN step.due < current_date - 7 AND (s.g + step.position) % 4 <> 0 AND (s.g + step.position) % 5 <> 0
            THEN step.due END
FROM seed s
CROSS JOIN LATERAL (VALUES
    ('SEND_THANK_YOU', 0, pg_temp.next_business_day(s.rejected_on)),
    ('REQUEST_FEEDBACK', 1, pg_temp.next_business_day(pg_temp.next_business_day(s.rejected_on))),
    ('REFLECT', 2, s.rejected_on + 7),
    ('CONNECT', 3, pg_temp.next_business_day(s.rejected_on)),
    ('CHECK_NEW_OPENINGS', 4, (s.rejected_on + interval '3 months')::date),
    ('REAPPLY_WINDOW_OPENS', 5, (s.rejected_on + interval '6 months')::date)
) AS step (action, position, due)
WHERE step.action <> 'REQUEST_FEEDBACK' OR (s.channel <> 'NO_RESPONSE' AND s.stage <> 'APPLIED');

INSERT INTO feedback (rejection_id, owner_id, received_on, summary, points, created_at, updated_at)
SELECT p.rejection_id, p.owner_id, p.done_on, 'Stronger examples with numbers would have helped.',
       ARRAY['examples', 'system design'], now(), now()
FROM plan_step p
WHERE p.action = 'REQUEST_FEEDBACK' AND p.status = 'DONE' AND hashtext(p.rejection_id::text) % 3 = 0;

INSERT INTO reflection (rejection_id, owner_id, answers, lessons, improvement_areas, letting_go, reflected_on,
                        created_at, updated_at)
SELECT p.rejection_id, p.owner_id, '[{"promptKey":"let-go.move-on","answer":"One lesson kept, the rest let go."}]',
       'Prepare two stories with numbers.',
       CASE abs(hashtext(p.rejection_id::text)) % 4
           WHEN 0 THEN ARRAY['PREPARATION', 'EXAMPLES_AND_STORIES'] WHEN 1 THEN ARRAY['ANSWERS']
           WHEN 2 THEN ARRAY['TECHNICAL_DEPTH', 'COMMUNICATION'] ELSE ARRAY['NOTHING_TO_CHANGE'] END,
       true, p.done_on, now(), now()
FROM plan_step p
WHERE p.action = 'REFLECT' AND p.status = 'DONE';

-- Statuses as RecordStatus derives them.
UPDATE rejection r SET status = CASE
        WHEN NOT EXISTS (SELECT 1 FROM plan_step p WHERE p.rejection_id = r.id AND p.status IN ('PENDING', 'SNOOZED'))
            THEN 'CLOSED'
        WHEN EXISTS (SELECT 1 FROM reflection f WHERE f.rejection_id = r.id) THEN 'REFLECTED'
        WHEN EXISTS (SELECT 1 FROM plan_step p WHERE p.rejection_id = r.id AND p.status IN ('DONE', 'SKIPPED'))
            THEN 'IN_PROGRESS'
        ELSE 'NEW' END;

VACUUM ANALYZE rejection;
VACUUM ANALYZE plan_step;
VACUUM ANALYZE feedback;
VACUUM ANALYZE reflection;
