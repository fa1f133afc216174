CREATE TABLE doc (id int NOT NULL, tenant int NOT NULL, body text) PARTITION BY LIST (tenant);
CREATE TABLE doc_1 PARTITION OF doc FOR VALUES IN (1);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_tenant ON doc USING (tenant = current_setting('app.tenant', true)::int);
-- tenant 2 moved out of the tree, keeping its table, policy and view
CREATE TABLE doc_2 (id int NOT NULL, tenant int NOT NULL, body text);
ALTER TABLE doc_2 ENABLE ROW LEVEL SECURITY;
ALTER TABLE doc_2 FORCE ROW LEVEL SECURITY;
CREATE POLICY doc_2_read ON doc_2 FOR SELECT USING (body IS NOT NULL);
CREATE VIEW doc_2_view AS SELECT id, body FROM doc_2;
-- tenant 3 moved in
CREATE TABLE doc_3 (id int NOT NULL, tenant int NOT NULL CHECK (tenant = 3), body text);
ALTER TABLE doc_3 ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_3_read ON doc_3 FOR SELECT USING (true);
ALTER TABLE doc ATTACH PARTITION doc_3 FOR VALUES IN (3);
