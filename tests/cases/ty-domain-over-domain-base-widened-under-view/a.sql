CREATE DOMAIN short_name AS varchar(10);
CREATE DOMAIN nick AS short_name CHECK (length(VALUE) > 1);
CREATE TABLE member (id int PRIMARY KEY, name short_name NOT NULL, handle nick UNIQUE);
CREATE VIEW member_handles AS SELECT id, handle, upper(name) AS up FROM member;
