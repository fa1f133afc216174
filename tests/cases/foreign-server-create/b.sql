CREATE TABLE t (id int);
CREATE FOREIGN DATA WRAPPER remote_wrapper OPTIONS (debug 'true');
CREATE SERVER remote_one TYPE 'postgres' VERSION '15' FOREIGN DATA WRAPPER remote_wrapper
  OPTIONS (host 'db.example', port '5432');
COMMENT ON SERVER remote_one IS 'the reporting replica';
