CREATE SCHEMA work;
CREATE TYPE work.state AS ENUM ('new', 'running', 'done');
CREATE TABLE job (id int PRIMARY KEY, st work.state NOT NULL DEFAULT 'new', history work.state[] NOT NULL DEFAULT '{}');
