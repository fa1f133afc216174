CREATE TABLE t (id int, secret text);
GRANT SELECT ON t TO app_reader;
