-- An enum loses a label while a policy, a trigger WHEN, a function argument default and a
-- column default refer to other labels of it.
CREATE TYPE visibility AS ENUM ('public', 'internal', 'secret');
CREATE TABLE page (id int PRIMARY KEY, vis visibility NOT NULL DEFAULT 'internal', body text);
ALTER TABLE page ENABLE ROW LEVEL SECURITY;
CREATE POLICY page_read ON page FOR SELECT USING (vis = 'public' OR current_user = 'app_writer');
CREATE FUNCTION page_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'secret'; END $$;
CREATE TRIGGER page_guard_t BEFORE INSERT OR UPDATE ON page FOR EACH ROW WHEN (NEW.vis = 'secret') EXECUTE FUNCTION page_guard();
CREATE FUNCTION pages_with(v visibility DEFAULT 'public') RETURNS SETOF page LANGUAGE sql STABLE AS $$ SELECT * FROM page WHERE vis = v $$;
