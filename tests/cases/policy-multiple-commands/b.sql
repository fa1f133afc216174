CREATE TABLE d (id int, owner name);
ALTER TABLE d ENABLE ROW LEVEL SECURITY;
CREATE POLICY sel ON d FOR SELECT USING (true);
CREATE POLICY ins ON d FOR INSERT TO app_writer WITH CHECK (owner = current_user);
CREATE POLICY upd ON d FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY del ON d AS RESTRICTIVE FOR DELETE TO "Mixed Role" USING (false);
