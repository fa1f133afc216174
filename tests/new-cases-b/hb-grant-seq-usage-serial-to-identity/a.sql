CREATE TABLE tickets (id serial PRIMARY KEY, title text);
GRANT INSERT ON tickets TO app_writer;
GRANT USAGE, SELECT ON SEQUENCE tickets_id_seq TO app_writer;
