CREATE TABLE "we""ird" (id int, "it's" text);
COMMENT ON COLUMN "we""ird"."it's" IS 'quote '' and "double"';
