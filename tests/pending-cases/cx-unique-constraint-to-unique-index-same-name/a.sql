CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, CONSTRAINT users_email_key UNIQUE (email));
COMMENT ON CONSTRAINT users_email_key ON users IS 'one account per email';
