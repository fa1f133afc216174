CREATE TYPE prio AS ENUM ('low', 'normal', 'high');
CREATE FUNCTION prio_rank(p prio DEFAULT 'normal') RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT CASE p WHEN ''high'' THEN 3 WHEN ''normal'' THEN 2 ELSE 1 END';
