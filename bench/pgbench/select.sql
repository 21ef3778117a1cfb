-- Reference line for GET /v1/rejections/{id}: one row by primary key, within its owner.
-- :owner, :first and :last (the owner's seed numbers) come from bench/run.sh.
\set g random(:first, :last)
SELECT * FROM rejection WHERE id = md5(:g::text)::uuid AND owner_id = :owner;
