-- A function's argument type changes (int -> bigint: a new signature), so it is dropped and
-- re-created; its EXECUTE grants (revoked from PUBLIC, granted WITH GRANT OPTION), comment and the
-- view and the SQL-standard function body that call it must follow.
CREATE SCHEMA api;
CREATE TABLE api.price (id int PRIMARY KEY, cents int NOT NULL);
CREATE FUNCTION api.to_money(c int) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT c / 100.0 $$;
REVOKE ALL ON FUNCTION api.to_money(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.to_money(int) TO app_reader WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION api.to_money(int) TO "Mixed Role";
COMMENT ON FUNCTION api.to_money(int) IS 'cents to currency';
CREATE VIEW api.price_v AS SELECT id, api.to_money(cents) AS amount FROM api.price;
CREATE FUNCTION api.price_of(p_id int) RETURNS numeric LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT api.to_money(cents) FROM api.price WHERE id = p_id; END;
