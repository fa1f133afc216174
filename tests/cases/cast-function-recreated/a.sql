CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN rank AS integer;
CREATE FUNCTION mood_rank(mood) RETURNS integer LANGUAGE sql IMMUTABLE
  AS $$SELECT array_position(enum_range(NULL::mood), $1)$$;
CREATE CAST (mood AS integer) WITH FUNCTION mood_rank(mood);
