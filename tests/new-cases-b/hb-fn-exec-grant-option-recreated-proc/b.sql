CREATE TABLE audit (id int GENERATED ALWAYS AS IDENTITY, msg text);
CREATE PROCEDURE log_msg(m text, INOUT n int DEFAULT NULL) LANGUAGE sql AS $$INSERT INTO audit (msg) VALUES (m) RETURNING id$$;
REVOKE EXECUTE ON PROCEDURE log_msg(text, int) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE log_msg(text, int) TO app_writer WITH GRANT OPTION;
COMMENT ON PROCEDURE log_msg(text, int) IS 'write to audit';
