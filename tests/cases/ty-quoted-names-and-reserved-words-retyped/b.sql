CREATE TABLE "Order Items" ("Order Id" int NOT NULL, "Unit Price" bigint NOT NULL DEFAULT 0, "select" text, "user" varchar(4), "Weird ""Q"" Col" int);
CREATE INDEX "Order Items by Price" ON "Order Items" ("Unit Price", "select");
CREATE VIEW "Cheap Items" AS SELECT "Order Id", "Unit Price", "user" FROM "Order Items" WHERE "Unit Price" < 100;
ALTER TABLE "Order Items" ADD CONSTRAINT "Price >= 0" CHECK ("Unit Price" >= 0 AND "Weird ""Q"" Col" <> 0);
