-- The database's side of GET /v1/rejections?size=20&stageReached=INTERVIEW: the count and the first page.
SELECT count(*) FROM rejection WHERE owner_id = 'bench-owner-042' AND stage_reached = 'INTERVIEW';
SELECT * FROM rejection WHERE owner_id = 'bench-owner-042' AND stage_reached = 'INTERVIEW'
    ORDER BY rejected_on DESC, created_at DESC, id DESC LIMIT 20 OFFSET 0;
