CREATE SCHEMA "Sales $chema";
CREATE TABLE "Sales $chema"."Order Items" ("select" int PRIMARY KEY, "Qty" bigint NOT NULL CHECK ("Qty" > 0), "unit$price" numeric(12,2), "it's" varchar(50), "from" text DEFAULT 'web''shop');
CREATE INDEX "Order Items ""qty"" idx" ON "Sales $chema"."Order Items" ("Qty", "from");
CREATE VIEW "Sales $chema"."v$items" AS SELECT "select", "Qty" * "unit$price" AS "Line Total", "from" FROM "Sales $chema"."Order Items";
COMMENT ON COLUMN "Sales $chema"."Order Items"."it's" IS 'it''s a note';
