CREATE TABLE users (id int PRIMARY KEY, nickname text NOT NULL, CHECK (length(nickname) > 0));
CREATE INDEX users_nick ON users (nickname);
