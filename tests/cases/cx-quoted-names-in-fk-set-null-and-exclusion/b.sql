CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE "Folder" ("Tenant" int NOT NULL, "Id" int NOT NULL, PRIMARY KEY ("Tenant", "Id"));
CREATE TABLE "File" ("Tenant" int NOT NULL, "Id" int NOT NULL, "Folder Id" int, "Valid During" tstzrange, "select" int,
  PRIMARY KEY ("Tenant", "Id"),
  CONSTRAINT "File ""folder"" fk" FOREIGN KEY ("Tenant", "Folder Id") REFERENCES "Folder" ON DELETE SET NULL ("Folder Id"),
  CONSTRAINT "File.No-Overlap" EXCLUDE USING gist ("Tenant" WITH =, "select" WITH =, "Valid During" WITH &&),
  CONSTRAINT "CHECK" CHECK ("select" > 0));
CREATE INDEX "File Idx" ON "File" ("Folder Id" DESC NULLS LAST, ("select" + 1)) INCLUDE ("Valid During") WHERE ("Folder Id" IS NOT NULL);
CREATE STATISTICS "File Stats" ON "Tenant", "Folder Id" FROM "File";
