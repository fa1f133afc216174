CREATE SCHEMA reporting;
ALTER SCHEMA reporting OWNER TO app_writer;
GRANT USAGE ON SCHEMA reporting TO "o'brien";
GRANT USAGE ON SCHEMA reporting TO app_reader;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
