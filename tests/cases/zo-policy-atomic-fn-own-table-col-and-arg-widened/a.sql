CREATE TABLE doc (id int PRIMARY KEY, owner_id int NOT NULL, parent_id int);
CREATE FUNCTION can_see(o int) RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT o = current_setting('app.uid', true)::int
      OR EXISTS (SELECT 1 FROM doc d WHERE d.owner_id = o AND d.parent_id IS NULL);
END;
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_read ON doc FOR SELECT USING (can_see(owner_id));
CREATE POLICY doc_write ON doc FOR UPDATE USING (can_see(owner_id)) WITH CHECK (can_see(owner_id));
