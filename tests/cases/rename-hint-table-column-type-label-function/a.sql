CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE app.users (id serial PRIMARY KEY, nick text NOT NULL UNIQUE, m app.mood DEFAULT 'ok', n int GENERATED ALWAYS AS IDENTITY, CHECK (nick <> ''));
CREATE INDEX users_nick_lower_idx ON app.users (lower(nick));
CREATE TABLE app.posts (id int PRIMARY KEY, user_nick text REFERENCES app.users(nick));
CREATE VIEW app.v AS SELECT nick FROM app.users;
CREATE FUNCTION app.f(x int) RETURNS int LANGUAGE sql AS 'select x + 1';
