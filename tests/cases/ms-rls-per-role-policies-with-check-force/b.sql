CREATE TABLE document (id int PRIMARY KEY, owner name NOT NULL DEFAULT current_user, published boolean NOT NULL DEFAULT false, body text);
ALTER TABLE document ENABLE ROW LEVEL SECURITY;
ALTER TABLE document FORCE ROW LEVEL SECURITY;
CREATE POLICY doc_read ON document FOR SELECT TO app_reader, "Mixed Role" USING (published OR owner = current_user);
CREATE POLICY doc_write ON document FOR ALL TO app_writer USING (owner = current_user) WITH CHECK (owner = current_user AND body IS NOT NULL);
CREATE POLICY doc_no_delete_published ON document AS RESTRICTIVE FOR DELETE TO app_writer USING (NOT published);
GRANT SELECT ON document TO app_reader, "Mixed Role";
GRANT SELECT, INSERT, UPDATE, DELETE ON document TO app_writer;
