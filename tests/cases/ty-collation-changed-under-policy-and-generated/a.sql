CREATE TABLE note (id int PRIMARY KEY, owner text NOT NULL, title text,
  slug text GENERATED ALWAYS AS (lower(title)) STORED);
ALTER TABLE note ENABLE ROW LEVEL SECURITY;
CREATE POLICY note_owner ON note USING (owner = current_user);
