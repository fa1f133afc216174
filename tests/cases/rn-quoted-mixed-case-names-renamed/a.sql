CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."Order Lines" (
  "LineID" serial PRIMARY KEY,
  "Unit Price" numeric(10,2) NOT NULL CHECK ("Unit Price" >= 0),
  "qty.x" int NOT NULL DEFAULT 1
);
CREATE INDEX "Order Lines_Unit Price_idx" ON "Sales Data"."Order Lines" ("Unit Price");
CREATE TYPE "Sales Data"."Line State" AS ENUM ('New', 'Shipped Out');
ALTER TABLE "Sales Data"."Order Lines" ADD COLUMN st "Sales Data"."Line State" DEFAULT 'New';
CREATE VIEW "Sales Data"."Pricey" AS SELECT "LineID" FROM "Sales Data"."Order Lines" WHERE "Unit Price" > 100;
