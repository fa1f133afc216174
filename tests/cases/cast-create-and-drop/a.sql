CREATE SCHEMA s;
CREATE TYPE s.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN s.score AS integer CHECK (VALUE >= 0);
CREATE FUNCTION s.mood_score(s.mood) RETURNS s.score LANGUAGE sql IMMUTABLE
  AS $$SELECT array_position(enum_range(NULL::s.mood), $1)::s.score$$;
CREATE CAST (s.mood AS varchar) WITH INOUT AS ASSIGNMENT;
