CREATE TABLE members (id int PRIMARY KEY, tenant_id int NOT NULL, email text NOT NULL);
CREATE INDEX members_email ON members (tenant_id, lower(email));
ALTER INDEX members_email ALTER COLUMN 2 SET STATISTICS 400;
