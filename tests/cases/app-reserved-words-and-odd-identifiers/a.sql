CREATE SCHEMA "group";
CREATE TABLE "group"."user" (
  "id" int PRIMARY KEY,
  "select" text NOT NULL,
  "from" date,
  "Full Name" text,
  "e.mail" text UNIQUE
);
CREATE TABLE "group"."order" (
  "id" int PRIMARY KEY,
  "user" int NOT NULL REFERENCES "group"."user" ("id"),
  "limit" numeric(8,2) NOT NULL DEFAULT 0,
  "it's" boolean
);
CREATE TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghij (
  a_column_name_that_is_exactly_sixty_three_bytes_long_abcdefghi int PRIMARY KEY,
  "where" text
);
CREATE INDEX "order by user" ON "group"."order" ("user");
CREATE VIEW "group"."user orders" AS SELECT u."select", o."limit" FROM "group"."user" u JOIN "group"."order" o ON o."user" = u."id";
