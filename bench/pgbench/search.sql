-- The database's side of GET /v1/rejections?size=20&q=kafka: the full-text count and the first page with
-- the records' plans.
SELECT count(*) FROM rejection WHERE owner_id = :owner AND search_vector @@ websearch_to_tsquery('simple', 'kafka');
SELECT r.*, (SELECT string_agg(s.action || ' ' || s.due || ' ' || s.status, ',' ORDER BY s.due, s.position)
             FROM plan_step s WHERE s.rejection_id = r.id) AS plan
    FROM rejection r WHERE owner_id = :owner AND search_vector @@ websearch_to_tsquery('simple', 'kafka')
    ORDER BY rejected_on DESC, created_at DESC, id DESC LIMIT 20 OFFSET 0;
