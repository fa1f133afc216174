CREATE TABLE sessions (token text PRIMARY KEY, tags text[]);
CREATE INDEX sessions_token_hash ON sessions USING hash (token);
CREATE INDEX sessions_tags ON sessions USING gin (tags);
