CREATE TABLE members (id int PRIMARY KEY, tenant_id int NOT NULL, email text NOT NULL);
CREATE INDEX members_email ON members (lower(email));
ALTER INDEX members_email ALTER COLUMN 1 SET STATISTICS 400;
