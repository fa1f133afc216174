CREATE TABLE events (id int NOT NULL, at date NOT NULL, kind text);
CREATE FUNCTION count_kind(k text) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT count(*) FROM events WHERE kind = k;
END;
