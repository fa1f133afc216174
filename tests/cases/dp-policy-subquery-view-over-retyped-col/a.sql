CREATE TABLE membership (org_id int NOT NULL, user_id text NOT NULL, active boolean NOT NULL DEFAULT true, PRIMARY KEY (org_id, user_id));
CREATE VIEW active_member AS SELECT org_id, user_id FROM membership WHERE active;
CREATE TABLE document (id int PRIMARY KEY, org_id int NOT NULL, body text);
ALTER TABLE document ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_member ON document FOR SELECT
  USING (EXISTS (SELECT 1 FROM active_member m WHERE m.org_id = document.org_id AND m.user_id = current_setting('app.user_id', true)));
