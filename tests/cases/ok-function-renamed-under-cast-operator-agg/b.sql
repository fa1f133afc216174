-- Support functions are renamed (hints) to follow a naming convention. The cast, operator,
-- aggregate, operator class (and its index) and event trigger that name them follow the OID.
CREATE TYPE pt AS (x int, y int);
CREATE FUNCTION pt_to_text(pt) RETURNS text LANGUAGE sql IMMUTABLE STRICT RETURN $1.x || ',' || $1.y;
CREATE CAST (pt AS text) WITH FUNCTION pt_to_text(pt);
CREATE FUNCTION pt_lt(pt, pt) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN ($1.x, $1.y) < ($2.x, $2.y);
CREATE OPERATOR <<< (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_lt);
CREATE FUNCTION pt_greater(pt, pt) RETURNS pt LANGUAGE sql IMMUTABLE STRICT
  RETURN CASE WHEN ($1.x, $1.y) < ($2.x, $2.y) THEN $2 ELSE $1 END;
CREATE AGGREGATE pt_max(pt) (SFUNC = pt_greater, STYPE = pt);
CREATE FUNCTION pt_hash(pt) RETURNS int LANGUAGE sql IMMUTABLE STRICT RETURN hashint8(($1.x::bigint << 32) | $1.y);
CREATE FUNCTION pt_eq(pt, pt) RETURNS bool LANGUAGE sql IMMUTABLE STRICT RETURN ($1.x, $1.y) = ($2.x, $2.y);
CREATE OPERATOR === (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_eq, COMMUTATOR = ===);
CREATE OPERATOR CLASS pt_hash_ops FOR TYPE pt USING hash AS OPERATOR 1 ===, FUNCTION 1 pt_hash(pt);
CREATE TABLE spot (id int PRIMARY KEY, p pt NOT NULL);
CREATE INDEX spot_p ON spot USING hash (p pt_hash_ops);
CREATE VIEW spot_max AS SELECT pt_max(p)::text AS top FROM spot;
CREATE FUNCTION ddl_note_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER ddl_note ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION ddl_note_fn();
