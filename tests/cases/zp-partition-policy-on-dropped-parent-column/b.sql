CREATE TABLE doc (id bigint NOT NULL, team text NOT NULL, owner name NOT NULL DEFAULT current_user) PARTITION BY LIST (team);
CREATE TABLE doc_core PARTITION OF doc FOR VALUES IN ('core');
CREATE TABLE doc_ext PARTITION OF doc FOR VALUES IN ('ext');
ALTER TABLE doc_ext ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_ext_visible ON doc_ext USING (owner = current_user);
