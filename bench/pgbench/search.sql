-- The database's side of GET /v1/rejections?size=20&q=kafka: the count and the first page. Not one of the
-- issue's reference figures (search is compared with the list rate); reported beside them because counting
-- 2,000 full-text matches costs PostgreSQL about 3 times the filtered list's count.
SELECT count(*) FROM rejection WHERE owner_id = 'bench-owner-042'
    AND search_vector @@ websearch_to_tsquery('simple', 'kafka');
SELECT * FROM rejection WHERE owner_id = 'bench-owner-042' AND search_vector @@ websearch_to_tsquery('simple', 'kafka')
    ORDER BY rejected_on DESC, created_at DESC, id DESC LIMIT 20 OFFSET 0;
