CREATE TABLE org (id int PRIMARY KEY);
CREATE TABLE project (org_id int NOT NULL REFERENCES org, id int NOT NULL, name text, CONSTRAINT project_pkey PRIMARY KEY (org_id, id),
  CONSTRAINT project_id_key UNIQUE (id));
CREATE TABLE task (id int PRIMARY KEY, org_id int NOT NULL, project_id int NOT NULL, CONSTRAINT task_project_fk FOREIGN KEY (org_id, project_id) REFERENCES project (org_id, id));
CREATE TABLE note (id int PRIMARY KEY, project_id int REFERENCES project (id) ON DELETE CASCADE);
