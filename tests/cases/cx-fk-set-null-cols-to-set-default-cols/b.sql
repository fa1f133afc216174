CREATE TABLE tenant (id int PRIMARY KEY);
CREATE TABLE folder (tenant_id int NOT NULL REFERENCES tenant, id int NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE doc (tenant_id int NOT NULL, id int NOT NULL, folder_id int DEFAULT 0, PRIMARY KEY (tenant_id, id),
  CONSTRAINT doc_folder_fk FOREIGN KEY (tenant_id, folder_id) REFERENCES folder ON UPDATE CASCADE ON DELETE SET DEFAULT (folder_id) DEFERRABLE);
