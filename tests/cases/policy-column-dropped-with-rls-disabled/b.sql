CREATE TABLE projects (tenant_id int, id int);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON projects USING (tenant_id = 1);
