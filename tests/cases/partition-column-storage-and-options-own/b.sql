-- Storage, statistics targets and options are each relation's own: a partition's differ from
-- its parent's, and the parent's change (which would recurse) leaves them be.
CREATE TABLE p (k int, v text) PARTITION BY LIST (k);
ALTER TABLE p ALTER COLUMN v SET STORAGE MAIN;
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
ALTER TABLE p1 ALTER COLUMN v SET STORAGE EXTERNAL;
ALTER TABLE p1 ALTER COLUMN v SET (n_distinct = 100);
-- New: made after the parent's change, it copies its storage (MAIN).
CREATE TABLE p2 PARTITION OF p FOR VALUES IN (2);
ALTER TABLE ONLY p ALTER COLUMN v SET STATISTICS 300;
