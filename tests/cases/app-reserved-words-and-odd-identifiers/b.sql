CREATE SCHEMA "group";
CREATE TABLE "group"."user" (
  "id" int PRIMARY KEY,
  "select" text NOT NULL,
  "from" date,
  "Full Name" varchar(200),
  "e.mail" text,
  "check" text CHECK ("check" <> ''),
  CONSTRAINT "user.e.mail unique" UNIQUE ("e.mail")
);
CREATE TABLE "group"."order" (
  "id" int PRIMARY KEY,
  "user" int NOT NULL REFERENCES "group"."user" ("id") ON DELETE CASCADE,
  "limit" numeric(10,2) NOT NULL DEFAULT 0,
  "it's" boolean NOT NULL DEFAULT true,
  "offset" int
);
CREATE TABLE public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghij (
  a_column_name_that_is_exactly_sixty_three_bytes_long_abcdefghi bigint PRIMARY KEY,
  "where" text,
  "another_column_name_that_is_exactly_sixty_three_bytes_long_abcd" text DEFAULT 'x'
);
CREATE INDEX an_index_name_that_is_exactly_sixty_three_bytes_long_abcdefghij ON public.a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghij ("where", another_column_name_that_is_exactly_sixty_three_bytes_long_abcd);
CREATE INDEX "order by user" ON "group"."order" ("user", "offset");
CREATE VIEW "group"."user orders" AS SELECT u."select", u."Full Name", o."limit" FROM "group"."user" u JOIN "group"."order" o ON o."user" = u."id";
