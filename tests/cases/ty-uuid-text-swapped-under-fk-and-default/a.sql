CREATE TABLE session (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), owner text NOT NULL);
CREATE TABLE session_log (id int PRIMARY KEY, session_id uuid REFERENCES session (id) ON DELETE CASCADE);
CREATE INDEX session_owner ON session (owner);
