CREATE SCHEMA "Docs";
CREATE TABLE "Docs"."Order Items" (id int PRIMARY KEY, "a$b" text);
CREATE FUNCTION "Docs".f() RETURNS int LANGUAGE sql AS 'SELECT 1';
COMMENT ON TABLE "Docs"."Order Items" IS E'line one\nline two\ttabbed \\ backslash ''quoted'' $$dollar$$ — ünïcödé 🚀';
COMMENT ON COLUMN "Docs"."Order Items"."a$b" IS '';
COMMENT ON SCHEMA "Docs" IS E'C:\\temp\\new';
COMMENT ON FUNCTION "Docs".f() IS $c$returns $1 always; see 'docs'$c$;
COMMENT ON CONSTRAINT "Order Items_pkey" ON "Docs"."Order Items" IS E'\r\nwindows line end';
