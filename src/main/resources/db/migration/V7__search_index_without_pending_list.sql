-- GIN's fast update parks new entries in an unsorted pending list that every search scans in full until
-- VACUUM merges it. Under a steady stream of new records (bench/run.sh: about 19,000 during one run)
-- the owner-scoped search went from 20 index pages to 460 and from 1.3 ms to 10-60 ms. Writing each
-- record's entries straight into the index costs a little on every insert and keeps search steady.
ALTER INDEX rejection_owner_search_idx SET (fastupdate = off);
ALTER INDEX rejection_owner_tags_idx SET (fastupdate = off);
