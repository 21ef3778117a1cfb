-- The database's side of POST /v1/rejections: in one transaction, the owner's history at the company, the
-- record, and its plan of six steps.
\set who random(0, 99)
\set stage random(1, 6)
\set days random(1, 300)
BEGIN;
SELECT count(*), max(rejected_on) FROM rejection
    WHERE owner_id = 'bench-owner-' || lpad(:who::text, 3, '0') AND lower(company) = lower('Nordlicht Analytics');
INSERT INTO rejection (id, owner_id, company, role, stage_reached, interview_format, notified_via, rejected_on,
    reason, contact_name, contact_email, internal_candidate, self_assessment, notes, tags, created_at, updated_at,
    version, status)
VALUES (gen_random_uuid(), 'bench-owner-' || lpad(:who::text, 3, '0'), 'Nordlicht Analytics', 'Backend Developer',
    (ARRAY['APPLIED','SCREENING','ASSESSMENT','INTERVIEW','FINAL_INTERVIEW','REFERENCE_CHECK'])[:stage::int], 'VIDEO',
    'EMAIL', current_date - :days::int, 'NOT_GIVEN', 'Alex Recruiter', 'alex@recruiting.example', false, 3,
    'Good rapport with the panel; the system design round ran long.', ARRAY['bench'], now(), now(), 0, 'NEW')
    RETURNING id, owner_id, rejected_on \gset
INSERT INTO plan_step (rejection_id, action, owner_id, position, due) VALUES
    (:id, 'SEND_THANK_YOU', :owner_id, 0, :rejected_on::date + 1),
    (:id, 'REQUEST_FEEDBACK', :owner_id, 1, :rejected_on::date + 2),
    (:id, 'REFLECT', :owner_id, 2, :rejected_on::date + 7),
    (:id, 'CONNECT', :owner_id, 3, :rejected_on::date + 1),
    (:id, 'CHECK_NEW_OPENINGS', :owner_id, 4, :rejected_on::date + 91),
    (:id, 'REAPPLY_WINDOW_OPENS', :owner_id, 5, :rejected_on::date + 182);
COMMIT;
