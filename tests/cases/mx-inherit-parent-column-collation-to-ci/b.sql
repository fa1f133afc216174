-- An inherited column moves to a nondeterministic collation on the parent (recursing to a child and a grandchild);
-- each level has its own index on it, the child a unique one; a view reads the parent (children's rows included).
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE contact (id int NOT NULL, email text COLLATE ci NOT NULL);
CREATE INDEX contact_email ON contact (email);
CREATE TABLE lead (source text) INHERITS (contact);
CREATE UNIQUE INDEX lead_email ON lead (email);
CREATE TABLE hot_lead (score int) INHERITS (lead);
CREATE INDEX hot_lead_email ON hot_lead (email, score);
CREATE VIEW contact_emails AS SELECT DISTINCT email FROM contact;
