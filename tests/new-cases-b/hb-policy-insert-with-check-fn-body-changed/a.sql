CREATE SCHEMA auth;
CREATE FUNCTION auth.tenant() RETURNS int LANGUAGE sql STABLE AS $$SELECT nullif(current_setting('app.tenant', true), '')::int$$;
CREATE TABLE rows_t (id int PRIMARY KEY, tenant_id int NOT NULL);
ALTER TABLE rows_t ENABLE ROW LEVEL SECURITY;
CREATE POLICY rows_ins ON rows_t FOR INSERT TO app_writer WITH CHECK (tenant_id = auth.tenant());
