CREATE FUNCTION coalesce2(a anycompatible, b anycompatible) RETURNS anycompatible LANGUAGE sql IMMUTABLE
  AS 'SELECT coalesce(a, b)';
