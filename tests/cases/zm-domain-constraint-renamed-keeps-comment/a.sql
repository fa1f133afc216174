CREATE SCHEMA "Ref";
CREATE DOMAIN "Ref"."Postal Code" AS text CONSTRAINT "pc$len" CHECK (length(VALUE) BETWEEN 3 AND 10);
COMMENT ON CONSTRAINT "pc$len" ON DOMAIN "Ref"."Postal Code" IS 'length bounds';
CREATE TABLE "Ref".addr (id int PRIMARY KEY, zip "Ref"."Postal Code");
