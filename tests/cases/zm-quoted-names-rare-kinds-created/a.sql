CREATE SCHEMA "Odd Schema";
CREATE TABLE "Odd Schema"."Order Items" ("order" int PRIMARY KEY, "user" text, "Qty" int, "a$b" numeric);
