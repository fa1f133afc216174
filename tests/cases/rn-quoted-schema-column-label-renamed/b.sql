CREATE SCHEMA "SalesData";
CREATE TABLE "SalesData"."Order Lines" (
  "LineID" serial PRIMARY KEY,
  "UnitPrice" numeric(10,2) NOT NULL CHECK ("UnitPrice" >= 0),
  "Qty" int NOT NULL DEFAULT 1
);
CREATE INDEX "Order Lines_UnitPrice_idx" ON "SalesData"."Order Lines" ("UnitPrice");
CREATE TYPE "SalesData"."Line State" AS ENUM ('New', 'Shipped');
ALTER TABLE "SalesData"."Order Lines" ADD COLUMN st "SalesData"."Line State" DEFAULT 'New';
CREATE VIEW "SalesData"."Pricey" AS SELECT "LineID" FROM "SalesData"."Order Lines" WHERE "UnitPrice" > 100;
CREATE FUNCTION "SalesData"."LineTotal"(p numeric, q int) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN p * q;
