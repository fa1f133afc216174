CREATE TABLE memberships (org_id int, member name, role text);
CREATE VIEW my_orgs AS SELECT member, org_id, role FROM memberships WHERE member = current_user;
CREATE TABLE invoices (id int PRIMARY KEY, org_id int NOT NULL);
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_org ON invoices USING (org_id IN (SELECT org_id FROM my_orgs));
