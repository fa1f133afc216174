CREATE EXTENSION tsm_system_rows;
CREATE EXTENSION tablefunc;
CREATE TABLE events (id int PRIMARY KEY, kind text);
CREATE VIEW event_sample AS SELECT id, kind FROM events TABLESAMPLE system_rows (100);
CREATE VIEW kind_pivot AS SELECT * FROM crosstab('SELECT kind, kind, count(*)::int FROM events GROUP BY 1, 2 ORDER BY 1, 2') AS ct(kind text, a int, b int);
