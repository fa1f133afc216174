CREATE SCHEMA "Billing";
CREATE DOMAIN "Billing"."Money Amount" AS numeric(12,2) CHECK (VALUE >= 0);
CREATE TABLE "Billing"."Order Items" (id int PRIMARY KEY, amount "Billing"."Money Amount", note text);
GRANT USAGE ON SCHEMA "Billing" TO app_reader;
GRANT SELECT ON "Billing"."Order Items" TO app_reader;
