CREATE TABLE task (id int PRIMARY KEY, done numeric NOT NULL DEFAULT 0);
