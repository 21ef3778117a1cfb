-- Stands in for a long index build: longer than the one-second socket timeout the test connects with.
SELECT pg_sleep(2);
