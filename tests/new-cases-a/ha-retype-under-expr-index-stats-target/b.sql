CREATE TABLE subscribers (id int PRIMARY KEY, email text NOT NULL);
CREATE INDEX subscribers_email_lower ON subscribers (lower(email));
ALTER INDEX subscribers_email_lower ALTER COLUMN 1 SET STATISTICS 400;
