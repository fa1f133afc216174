CREATE SCHEMA app;
CREATE TYPE app.feeling AS ENUM ('sad', 'fine', 'happy');
CREATE TABLE app.accounts (id serial PRIMARY KEY, nickname text NOT NULL UNIQUE, m app.feeling DEFAULT 'fine', n int GENERATED ALWAYS AS IDENTITY, CHECK (nickname <> ''));
CREATE INDEX accounts_nick_lower_idx ON app.accounts (lower(nickname));
CREATE TABLE app.posts (id int PRIMARY KEY, user_nick text REFERENCES app.accounts(nickname));
CREATE VIEW app.v AS SELECT nickname FROM app.accounts;
CREATE FUNCTION app.g(x int) RETURNS int LANGUAGE sql AS 'select x + 1';
