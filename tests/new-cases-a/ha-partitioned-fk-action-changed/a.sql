CREATE TABLE tenants (id int PRIMARY KEY);
CREATE TABLE projects (tenant_id int NOT NULL REFERENCES tenants, id int NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE tasks (tenant_id int NOT NULL, id int NOT NULL, project_id int, due date NOT NULL,
  PRIMARY KEY (tenant_id, id, due),
  CONSTRAINT tasks_project_fk FOREIGN KEY (tenant_id, project_id) REFERENCES projects ON DELETE SET NULL (project_id))
  PARTITION BY RANGE (due);
CREATE TABLE tasks_2024 PARTITION OF tasks FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
