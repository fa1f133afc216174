CREATE SCHEMA "Ref";
CREATE DOMAIN "Ref"."Postal Code" AS text CONSTRAINT postal_code_length CHECK (length(VALUE) BETWEEN 3 AND 10);
COMMENT ON CONSTRAINT postal_code_length ON DOMAIN "Ref"."Postal Code" IS 'length bounds';
CREATE TABLE "Ref".addr (id int PRIMARY KEY, zip "Ref"."Postal Code");
