CREATE TABLE users (id int PRIMARY KEY, nick text NOT NULL, CHECK (length(nick) > 0));
CREATE INDEX users_nick ON users (nick);
