CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
COMMENT ON INDEX users_email_key IS 'one account per email, case-insensitive';
