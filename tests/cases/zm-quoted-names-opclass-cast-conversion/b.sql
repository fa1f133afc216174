CREATE SCHEMA "Odd Schema";
CREATE TYPE "Odd Schema"."Pair Type" AS ("Left" int, "right" int);
CREATE FUNCTION "Odd Schema"."pair$cmp"(a "Odd Schema"."Pair Type", b "Odd Schema"."Pair Type") RETURNS int LANGUAGE sql IMMUTABLE STRICT
  AS 'SELECT CASE WHEN (a)."Left" < (b)."Left" THEN -1 WHEN (a)."Left" > (b)."Left" THEN 1 ELSE 0 END';
CREATE FUNCTION "Odd Schema"."pair$lt"(a "Odd Schema"."Pair Type", b "Odd Schema"."Pair Type") RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
  AS 'SELECT (a)."Left" < (b)."Left"';
CREATE FUNCTION "Odd Schema"."pair$eq"(a "Odd Schema"."Pair Type", b "Odd Schema"."Pair Type") RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
  AS 'SELECT (a)."Left" = (b)."Left"';
CREATE OPERATOR "Odd Schema".<<< (LEFTARG = "Odd Schema"."Pair Type", RIGHTARG = "Odd Schema"."Pair Type", FUNCTION = "Odd Schema"."pair$lt");
CREATE OPERATOR "Odd Schema".=== (LEFTARG = "Odd Schema"."Pair Type", RIGHTARG = "Odd Schema"."Pair Type", FUNCTION = "Odd Schema"."pair$eq");
CREATE OPERATOR FAMILY "Odd Schema"."Pair Ops Fam" USING btree;
CREATE OPERATOR CLASS "Odd Schema"."Pair Ops" FOR TYPE "Odd Schema"."Pair Type" USING btree FAMILY "Odd Schema"."Pair Ops Fam" AS
  OPERATOR 1 "Odd Schema".<<<, OPERATOR 3 "Odd Schema".===, FUNCTION 1 "Odd Schema"."pair$cmp"("Odd Schema"."Pair Type", "Odd Schema"."Pair Type");
COMMENT ON OPERATOR CLASS "Odd Schema"."Pair Ops" USING btree IS 'orders pairs by left';
COMMENT ON OPERATOR FAMILY "Odd Schema"."Pair Ops Fam" USING btree IS 'pair family';
CREATE FUNCTION "Odd Schema"."pair$to_text"(p "Odd Schema"."Pair Type") RETURNS text LANGUAGE sql IMMUTABLE STRICT AS 'SELECT (p)."Left" || '':'' || (p)."right"';
CREATE CAST ("Odd Schema"."Pair Type" AS text) WITH FUNCTION "Odd Schema"."pair$to_text"("Odd Schema"."Pair Type") AS ASSIGNMENT;
COMMENT ON CAST ("Odd Schema"."Pair Type" AS text) IS 'left:right';
CREATE CONVERSION "Odd Schema"."My Conv" FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION "Odd Schema"."My Conv" IS 'latin1 in';
CREATE TABLE "Odd Schema".pairs (id int PRIMARY KEY, p "Odd Schema"."Pair Type");
CREATE INDEX "pairs p" ON "Odd Schema".pairs (p "Odd Schema"."Pair Ops");
