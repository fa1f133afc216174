-- Storage, statistics targets and options are each relation's own: a partition's differ from
-- its parent's, and the parent's change (which would recurse) leaves them be.
CREATE TABLE p (k int, v text) PARTITION BY LIST (k);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
