CREATE TABLE note (id int PRIMARY KEY, owner text COLLATE "C" NOT NULL, title text COLLATE "POSIX",
  slug text GENERATED ALWAYS AS (lower(title)) STORED);
ALTER TABLE note ENABLE ROW LEVEL SECURITY;
CREATE POLICY note_owner ON note USING (owner = current_user);
