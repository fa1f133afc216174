CREATE TABLE document (id int PRIMARY KEY, owner name NOT NULL DEFAULT current_user, published boolean NOT NULL DEFAULT false, body text);
ALTER TABLE document ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_read ON document FOR SELECT TO app_reader USING (published);
CREATE POLICY doc_write ON document FOR ALL TO app_writer USING (owner = current_user);
GRANT SELECT ON document TO app_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON document TO app_writer;
