-- Support functions are renamed (hints) to follow a naming convention. The cast, operator,
-- aggregate, operator class (and its index) and event trigger that name them follow the OID.
CREATE TYPE pt AS (x int, y int);
CREATE FUNCTION pttext(pt) RETURNS text LANGUAGE sql IMMUTABLE STRICT RETURN $1.x || ',' || $1.y;
CREATE CAST (pt AS text) WITH FUNCTION pttext(pt);
CREATE FUNCTION ptlt(pt, pt) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN ($1.x, $1.y) < ($2.x, $2.y);
CREATE OPERATOR <<< (LEFTARG = pt, RIGHTARG = pt, FUNCTION = ptlt);
CREATE FUNCTION ptmax(pt, pt) RETURNS pt LANGUAGE sql IMMUTABLE STRICT
  RETURN CASE WHEN ($1.x, $1.y) < ($2.x, $2.y) THEN $2 ELSE $1 END;
CREATE AGGREGATE pt_max(pt) (SFUNC = ptmax, STYPE = pt);
CREATE FUNCTION pthash(pt) RETURNS int LANGUAGE sql IMMUTABLE STRICT RETURN hashint8(($1.x::bigint << 32) | $1.y);
CREATE FUNCTION pteq(pt, pt) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN ($1.x, $1.y) = ($2.x, $2.y);
CREATE OPERATOR === (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pteq, COMMUTATOR = ===);
CREATE OPERATOR CLASS pt_hash_ops FOR TYPE pt USING hash AS OPERATOR 1 ===, FUNCTION 1 pthash(pt);
CREATE TABLE spot (id int PRIMARY KEY, p pt NOT NULL);
CREATE INDEX spot_p ON spot USING hash (p pt_hash_ops);
CREATE VIEW spot_max AS SELECT pt_max(p)::text AS top FROM spot;
CREATE FUNCTION ddlnote() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER ddl_note ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION ddlnote();
