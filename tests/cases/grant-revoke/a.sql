CREATE TABLE t (id int, secret text);
GRANT SELECT, INSERT, UPDATE ON t TO app_reader;
