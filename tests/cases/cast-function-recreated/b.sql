CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN rank AS integer;
-- A new result type re-creates the function; the cast, unchanged itself, goes and comes
-- back around it.
CREATE FUNCTION mood_rank(mood) RETURNS rank LANGUAGE sql IMMUTABLE
  AS $$SELECT array_position(enum_range(NULL::mood), $1)::rank$$;
CREATE CAST (mood AS integer) WITH FUNCTION mood_rank(mood);
