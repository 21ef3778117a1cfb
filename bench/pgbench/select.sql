-- The database's side of GET /v1/rejections/{id}: one row by primary key, within its owner.
\set g random(420001, 430000)
SELECT * FROM rejection WHERE id = md5(:g::text)::uuid AND owner_id = 'bench-owner-042';
