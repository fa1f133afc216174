CREATE SCHEMA s;
CREATE TYPE s.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN s.score AS integer CHECK (VALUE >= 0);
CREATE FUNCTION s.mood_score(s.mood) RETURNS s.score LANGUAGE sql IMMUTABLE
  AS $$SELECT array_position(enum_range(NULL::s.mood), $1)::s.score$$;
-- To a domain, WITH FUNCTION on a user function; the server warns the cast is not applied
-- implicitly, but it is an object all the same.
CREATE CAST (s.mood AS s.score) WITH FUNCTION s.mood_score(s.mood);
CREATE CAST (s.mood AS text) WITH INOUT AS IMPLICIT;
-- Binary coercible between built-in types (both 32-bit counters): user-defined all the same.
CREATE CAST (cid AS xid) WITHOUT FUNCTION;
-- A range type's cast to its multirange belongs to the type, not to the user.
CREATE TYPE public.span AS RANGE (subtype = integer);
COMMENT ON CAST (s.mood AS text) IS 'labels as text';
