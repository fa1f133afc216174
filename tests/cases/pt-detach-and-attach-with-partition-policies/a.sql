CREATE TABLE doc (id int NOT NULL, tenant int NOT NULL, body text) PARTITION BY LIST (tenant);
CREATE TABLE doc_1 PARTITION OF doc FOR VALUES IN (1);
CREATE TABLE doc_2 PARTITION OF doc FOR VALUES IN (2);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_tenant ON doc USING (tenant = current_setting('app.tenant', true)::int);
-- tenant 2 reads its partition directly, under its own policy
ALTER TABLE doc_2 ENABLE ROW LEVEL SECURITY;
ALTER TABLE doc_2 FORCE ROW LEVEL SECURITY;
CREATE POLICY doc_2_read ON doc_2 FOR SELECT USING (body IS NOT NULL);
-- tenant 3 lives outside the tree, in a table of its own
CREATE TABLE doc_3 (id int NOT NULL, tenant int NOT NULL CHECK (tenant = 3), body text);
ALTER TABLE doc_3 ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_3_read ON doc_3 FOR SELECT USING (true);
CREATE VIEW doc_2_view AS SELECT id, body FROM doc_2;
