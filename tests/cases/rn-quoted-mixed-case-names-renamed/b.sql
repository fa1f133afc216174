CREATE SCHEMA "SalesData";
CREATE TABLE "SalesData"."OrderLine" (
  "LineID" serial PRIMARY KEY,
  "UnitPrice" numeric(10,2) NOT NULL CHECK ("UnitPrice" >= 0),
  "Qty" int NOT NULL DEFAULT 1
);
CREATE INDEX "OrderLine_UnitPrice_idx" ON "SalesData"."OrderLine" ("UnitPrice");
CREATE TYPE "SalesData"."LineState" AS ENUM ('New', 'Shipped');
ALTER TABLE "SalesData"."OrderLine" ADD COLUMN st "SalesData"."LineState" DEFAULT 'New';
CREATE VIEW "SalesData"."Pricey" AS SELECT "LineID" FROM "SalesData"."OrderLine" WHERE "UnitPrice" > 100;
