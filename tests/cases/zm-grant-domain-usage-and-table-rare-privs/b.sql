CREATE SCHEMA "Billing";
CREATE DOMAIN "Billing"."Money Amount" AS numeric(12,2) CHECK (VALUE >= 0);
REVOKE USAGE ON DOMAIN "Billing"."Money Amount" FROM PUBLIC;
GRANT USAGE ON DOMAIN "Billing"."Money Amount" TO app_writer WITH GRANT OPTION;
CREATE TABLE "Billing"."Order Items" (id int PRIMARY KEY, amount "Billing"."Money Amount", note text);
GRANT USAGE ON SCHEMA "Billing" TO app_reader;
GRANT SELECT, TRUNCATE, TRIGGER ON "Billing"."Order Items" TO app_reader;
GRANT REFERENCES (id), UPDATE (note) ON "Billing"."Order Items" TO app_writer;
GRANT REFERENCES ON "Billing"."Order Items" TO "Mixed Role";
