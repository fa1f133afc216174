CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE "Folder" ("Tenant" int NOT NULL, "Id" int NOT NULL, PRIMARY KEY ("Tenant", "Id"));
CREATE TABLE "File" ("Tenant" int NOT NULL, "Id" int NOT NULL, "Folder Id" int, "Valid During" tstzrange, "select" int,
  PRIMARY KEY ("Tenant", "Id"));
