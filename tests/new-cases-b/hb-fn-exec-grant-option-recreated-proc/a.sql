CREATE TABLE audit (id int GENERATED ALWAYS AS IDENTITY, msg text);
CREATE PROCEDURE log_msg(m text) LANGUAGE sql AS $$INSERT INTO audit (msg) VALUES (m)$$;
REVOKE EXECUTE ON PROCEDURE log_msg(text) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE log_msg(text) TO app_writer WITH GRANT OPTION;
COMMENT ON PROCEDURE log_msg(text) IS 'write to audit';
