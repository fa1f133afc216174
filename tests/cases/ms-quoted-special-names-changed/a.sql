CREATE SCHEMA "Sales $chema";
CREATE TABLE "Sales $chema"."Order Items" ("select" int PRIMARY KEY, "Qty" int NOT NULL, "unit$price" numeric(10,2), "it's" text);
CREATE INDEX "Order Items ""qty"" idx" ON "Sales $chema"."Order Items" ("Qty");
CREATE VIEW "Sales $chema"."v$items" AS SELECT "select", "Qty" * "unit$price" AS "Line Total" FROM "Sales $chema"."Order Items";
