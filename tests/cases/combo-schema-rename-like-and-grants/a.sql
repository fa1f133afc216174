CREATE SCHEMA old_s;
CREATE TABLE old_s.t (id int);
GRANT USAGE ON SCHEMA old_s TO app_reader;
