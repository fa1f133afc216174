CREATE TABLE visit (id int PRIMARY KEY, at timestamptz NOT NULL, path text NOT NULL);
