CREATE TYPE state AS ENUM ('new', 'done');
CREATE TABLE job (id int PRIMARY KEY, st state NOT NULL DEFAULT 'new', history state[] NOT NULL DEFAULT '{}');
