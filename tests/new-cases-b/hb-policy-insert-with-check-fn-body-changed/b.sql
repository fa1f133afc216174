CREATE SCHEMA auth;
CREATE FUNCTION auth.tenant() RETURNS int LANGUAGE sql STABLE AS $$SELECT coalesce(nullif(current_setting('app.tenant', true), '')::int, 0)$$;
CREATE TABLE rows_t (id int PRIMARY KEY, tenant_id int NOT NULL);
ALTER TABLE rows_t ENABLE ROW LEVEL SECURITY;
ALTER TABLE rows_t FORCE ROW LEVEL SECURITY;
CREATE POLICY rows_ins ON rows_t FOR INSERT TO app_writer, app_reader WITH CHECK (tenant_id = auth.tenant() AND tenant_id > 0);
