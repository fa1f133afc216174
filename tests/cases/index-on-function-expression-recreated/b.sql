CREATE FUNCTION norm(text) RETURNS varchar LANGUAGE sql IMMUTABLE AS 'SELECT lower($1)';
CREATE TABLE t (s text);
CREATE INDEX t_norm ON t (norm(s));
