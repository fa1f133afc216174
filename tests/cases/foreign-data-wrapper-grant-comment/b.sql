CREATE FOREIGN DATA WRAPPER remote_wrapper;
COMMENT ON FOREIGN DATA WRAPPER remote_wrapper IS 'in-house wrapper';
GRANT USAGE ON FOREIGN DATA WRAPPER remote_wrapper TO app_reader;
CREATE SERVER remote_one FOREIGN DATA WRAPPER remote_wrapper;
GRANT USAGE ON FOREIGN SERVER remote_one TO app_reader WITH GRANT OPTION;
