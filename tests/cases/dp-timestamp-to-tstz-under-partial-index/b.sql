CREATE TABLE session (id int PRIMARY KEY, expires_at timestamptz, user_id int NOT NULL);
CREATE INDEX session_live ON session (user_id) WHERE expires_at > '2020-01-01 00:00:00+00';
