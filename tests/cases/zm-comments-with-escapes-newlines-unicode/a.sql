CREATE SCHEMA "Docs";
CREATE TABLE "Docs"."Order Items" (id int PRIMARY KEY, "a$b" text);
CREATE FUNCTION "Docs".f() RETURNS int LANGUAGE sql AS 'SELECT 1';
COMMENT ON TABLE "Docs"."Order Items" IS 'old';
