CREATE TABLE report (id int PRIMARY KEY, body text);
CREATE TABLE audit (id int, note text);
GRANT SELECT (note) ON audit TO app_writer;
