CREATE TABLE doc (id bigint NOT NULL, team text NOT NULL, hidden boolean NOT NULL DEFAULT false, owner name NOT NULL DEFAULT current_user) PARTITION BY LIST (team);
CREATE TABLE doc_core PARTITION OF doc FOR VALUES IN ('core');
CREATE TABLE doc_ext PARTITION OF doc FOR VALUES IN ('ext');
ALTER TABLE doc_ext ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_ext_visible ON doc_ext USING (NOT hidden);
CREATE INDEX doc_ext_hidden ON doc_ext (id) WHERE hidden;
CREATE STATISTICS doc_core_stats ON team, hidden FROM doc_core;
