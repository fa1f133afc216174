-- A partitioned table's tablespace is only the default of partitions made later: m1 stays
-- in the default (said explicitly, since it would take m's), m2 takes m's.
CREATE TABLE m (id int, v int) PARTITION BY RANGE (id) TABLESPACE schemad_ts1;
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (100) TABLESPACE pg_default;
CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (100) TO (200);
CREATE TABLE m3 PARTITION OF m FOR VALUES FROM (200) TO (300) TABLESPACE pg_default;
-- The partitioned index's tablespace goes to the partitions' indexes made with it: m1's is
-- moved, m2's and m3's clones are made there.
CREATE INDEX m_v ON m (v) TABLESPACE schemad_ts2;
