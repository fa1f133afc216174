CREATE SCHEMA new_s;
CREATE TABLE new_s.t (id int);
GRANT USAGE ON SCHEMA new_s TO app_reader;
GRANT SELECT ON new_s.t TO app_reader;
