-- Reference line: one row of a rejection's shape on its own (no plan, no history, no explicit transaction).
\set who random(0, 99)
\set stage random(1, 6)
\set days random(1, 300)
INSERT INTO rejection (id, owner_id, company, role, stage_reached, interview_format, notified_via, rejected_on,
    reason, contact_name, contact_email, internal_candidate, self_assessment, notes, tags, created_at, updated_at,
    version, status)
VALUES (gen_random_uuid(), 'bench-owner-' || lpad(:who::text, 3, '0'), 'Nordlicht Analytics', 'Backend Developer',
    (ARRAY['APPLIED','SCREENING','ASSESSMENT','INTERVIEW','FINAL_INTERVIEW','REFERENCE_CHECK'])[:stage::int], 'VIDEO',
    'EMAIL', current_date - :days::int, 'NOT_GIVEN', 'Alex Recruiter', 'alex@recruiting.example', false, 3,
    'Good rapport with the panel; the system design round ran long.', ARRAY['bench'], now(), now(), 0, 'NEW');
