CREATE TABLE ev (id int NOT NULL, k int NOT NULL, v text) PARTITION BY LIST (k);
CREATE TABLE ev_1 PARTITION OF ev FOR VALUES IN (1);
CREATE TABLE ev_2 PARTITION OF ev FOR VALUES IN (2);
-- the key's column order changes: its index is rebuilt, clones included
CREATE UNIQUE INDEX ev_key ON ev (k, id);
ALTER TABLE ev_1 REPLICA IDENTITY USING INDEX ev_1_k_id_idx;
ALTER TABLE ev_2 REPLICA IDENTITY USING INDEX ev_2_k_id_idx;
