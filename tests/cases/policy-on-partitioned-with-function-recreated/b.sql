-- Row security on a partitioned table: its policies call a function whose return type changes
-- (it is re-created), one policy changes roles, FORCE is turned on.
CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE sql STABLE
  RETURN nullif(current_setting('app.tenant', true), '')::bigint;
CREATE TABLE doc (tenant int NOT NULL, id int NOT NULL, body text) PARTITION BY HASH (tenant);
CREATE TABLE doc_0 PARTITION OF doc FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE doc_1 PARTITION OF doc FOR VALUES WITH (MODULUS 2, REMAINDER 1);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
ALTER TABLE doc FORCE ROW LEVEL SECURITY;
CREATE POLICY doc_tenant ON doc USING (tenant = current_tenant());
CREATE POLICY doc_insert ON doc FOR INSERT TO app_writer, app_reader WITH CHECK (tenant = current_tenant());
