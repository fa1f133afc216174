CREATE TABLE session (id text PRIMARY KEY DEFAULT gen_random_uuid()::text, owner uuid NOT NULL);
CREATE TABLE session_log (id int PRIMARY KEY, session_id text REFERENCES session (id) ON DELETE CASCADE);
CREATE INDEX session_owner ON session (owner);
