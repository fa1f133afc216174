CREATE TABLE org (id int PRIMARY KEY, name text NOT NULL, owner_id int);
CREATE TABLE app_user (id int PRIMARY KEY, org_id int NOT NULL REFERENCES org (id), manager_id int REFERENCES app_user (id));
ALTER TABLE org ADD CONSTRAINT org_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX app_user_org ON app_user (org_id);
CREATE VIEW org_owner AS SELECT o.id, o.name, u.id AS owner FROM org o JOIN app_user u ON u.id = o.owner_id;
