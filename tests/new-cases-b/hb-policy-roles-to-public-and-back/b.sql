CREATE TABLE kb (id int PRIMARY KEY, published bool NOT NULL DEFAULT false);
ALTER TABLE kb ENABLE ROW LEVEL SECURITY;
CREATE POLICY kb_read ON kb FOR SELECT TO PUBLIC USING (published);
CREATE POLICY kb_write ON kb FOR INSERT TO app_writer, "o'brien" WITH CHECK (NOT published);
