CREATE TABLE sessions (token text PRIMARY KEY, tags text[]);
CREATE INDEX sessions_token_hash ON sessions USING hash (token) WITH (fillfactor = 40);
CREATE INDEX sessions_tags ON sessions USING gin (tags) WITH (gin_pending_list_limit = 2048);
